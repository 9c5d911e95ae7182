import type { TCitizenCertificate } from "@vax/core";
import { useTranslations } from "next-intl";
import { CorrectionRequestForm } from "./correction-request-form";
import { FeedbackForm } from "./feedback-form";

const disclosure = "rounded-md border border-slate-200 px-3 py-2";
const summary = "cursor-pointer text-sm font-medium text-teal-800 hover:text-teal-900";

/**
 * What a citizen may ask about a certificate: a correction of a valid, current version (unless one is
 * waiting for review), and feedback on the vaccination behind it.
 */
export const CertificateRequests = ({
  certificate,
  correctionWaiting,
}: {
  certificate: TCitizenCertificate;
  correctionWaiting: boolean;
}) => {
  const t = useTranslations("Requests");
  const correctable = certificate.status === "ACTIVE";
  return (
    <div className="flex flex-col gap-2">
      {correctable && correctionWaiting ? <p className="text-sm text-slate-600">{t("waiting")}</p> : null}
      {correctable && !correctionWaiting ? (
        <details className={disclosure}>
          <summary className={summary}>{t("correction")}</summary>
          <div className="mt-3">
            <CorrectionRequestForm certificateId={certificate.certificateId} />
          </div>
        </details>
      ) : null}
      <details className={disclosure}>
        <summary className={summary}>{t("feedback")}</summary>
        <div className="mt-3">
          <FeedbackForm certificateId={certificate.certificateId} />
        </div>
      </details>
    </div>
  );
};
