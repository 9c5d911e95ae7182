import type { TCitizenCorrectionRequest } from "@vax/core";
import { useTranslations } from "next-intl";
import { fieldLabel } from "./field-label";
import { useFormatDate } from "./use-format-date";

const Outcome = ({ request }: { request: TCitizenCorrectionRequest }) => {
  const t = useTranslations();
  if (request.status === "OPEN") return <p className="text-sm text-amber-900">{t("Corrections.waiting")}</p>;
  if (request.status === "APPROVED") {
    return (
      <p className="text-sm text-green-800">
        {t.rich("Corrections.approved", {
          id: () => (
            <span className="font-mono font-medium">{request.newCertificateId ?? t("Corrections.onItsWay")}</span>
          ),
        })}
      </p>
    );
  }
  return <p className="text-sm text-red-800">{t("Corrections.rejected", { reason: request.rejectionReason ?? "" })}</p>;
};

/** The correction requests the citizen made, each with the change asked for and where it stands. */
export const CorrectionRequests = ({ requests }: { requests: TCitizenCorrectionRequest[] }) => {
  const t = useTranslations();
  const formatDate = useFormatDate();
  return requests.length === 0 ? null : (
    <section aria-labelledby="correction-requests" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="correction-requests" className="mb-3 text-lg font-semibold text-slate-900">
        {t("Corrections.heading")}
      </h2>
      <ul className="flex flex-col divide-y divide-slate-100">
        {requests.map((request) => (
          <li key={request.id}>
            <article
              aria-label={t("Corrections.label", { id: request.certificateId })}
              className="flex flex-col gap-1 py-3"
            >
              <p className="text-sm text-slate-900">
                {request.recipientName} ·{" "}
                {t("Corrections.dose", { programme: request.programmeName, dose: request.dose })} ·{" "}
                <span className="font-mono">{request.certificateId}</span>
              </p>
              <ul className="text-sm text-slate-700">
                {request.changes.map((change) => (
                  <li key={change.field}>
                    {fieldLabel(t, change.field)}: {change.value}
                  </li>
                ))}
              </ul>
              <Outcome request={request} />
              <p className="text-xs text-slate-500">
                {t("Corrections.asked", { date: formatDate(request.createdAt) })}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
};
