import type { TCorrectionRequestView } from "@vax/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormatters } from "@/lib/format-date-time-server";

/** How a decided request ended: the new certificate an approval issued, or the reason it was refused. */
export const RequestDecision = async ({ request }: { request: TCorrectionRequestView }) => {
  if (request.status === "OPEN") return null;
  const t = await getTranslations("CorrectionRequestDecision");
  const { dateTime } = await getDateFormatters();
  const who = request.decidedBy ?? t("anAdmin");
  const byWhom = request.decidedAt ? t("whoWhen", { who, time: dateTime(request.decidedAt) }) : who;
  return request.status === "APPROVED" ? (
    <p className="text-sm text-slate-700">
      {t("approved", { byWhom })}{" "}
      {request.newCertificateId
        ? t.rich("corrected", {
            certificateId: request.newCertificateId,
            link: (chunks) => (
              <Link href={`/certificates/${request.newCertificateId}`} className="font-mono text-teal-800 underline">
                {chunks}
              </Link>
            ),
          })
        : null}
    </p>
  ) : (
    <p className="text-sm text-slate-700">{t("rejected", { byWhom, reason: request.rejectionReason ?? "" })}</p>
  );
};
