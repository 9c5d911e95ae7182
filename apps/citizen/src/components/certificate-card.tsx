import type { TCitizenCertificate } from "@vax/core";
import { useTranslations } from "next-intl";
import { CertificateDownloads } from "./certificate-downloads";
import { CertificateRequests } from "./certificate-requests";
import { CertificateStatusBadge } from "./certificate-status";
import { OtherFormatCodes } from "./other-format-codes";
import { useFormatDate } from "./use-format-date";
import { WithheldDownloads } from "./withheld-downloads";

/** One certificate: programme, status, the doses it lists, while valid its downloads and other formats, and what may be asked about it. */
export const CertificateCard = ({
  certificate,
  correctionWaiting,
}: {
  certificate: TCitizenCertificate;
  correctionWaiting: boolean;
}) => {
  const t = useTranslations("Card");
  const formatDate = useFormatDate();
  const { dose, totalDoses } = certificate;
  return (
    <article
      aria-label={t("label", { programme: certificate.programmeName, id: certificate.certificateId })}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold text-slate-900">{certificate.programmeName}</h3>
          <p className="text-sm text-slate-600">
            {t("doseOf", { dose, total: totalDoses })} · {dose >= totalDoses ? t("fully") : t("partially")}
          </p>
        </div>
        <CertificateStatusBadge status={certificate.status} />
      </div>
      {certificate.doses.length > 0 ? (
        <ol aria-label={t("doses")} className="divide-y divide-slate-100 rounded-md border border-slate-100">
          {certificate.doses.map((dose) => (
            <li
              key={dose.doseNumber}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-3 py-2"
            >
              <p className="text-sm font-medium text-slate-900">
                {t("dose", { dose: dose.doseNumber })} · {dose.vaccine}
              </p>
              <p className="text-sm whitespace-nowrap text-slate-700">{formatDate(dose.date)}</p>
              <p className="w-full text-xs text-slate-500">
                {dose.facility} · {t("batch", { batch: dose.batch })}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-3 border-t border-slate-100 pt-3">
        <dl className="text-xs text-slate-500">
          <dt className="sr-only">{t("id")}</dt>
          <dd className="font-mono text-sm text-slate-800">{certificate.certificateId}</dd>
          <dt className="sr-only">{t("issuedTerm")}</dt>
          <dd>{t("issued", { date: formatDate(certificate.issuedAt) })}</dd>
        </dl>
        {/* Only a valid certificate is handed out, in any form: the routes refuse the rest, saying why. */}
        {certificate.status === "ACTIVE" ? (
          <CertificateDownloads certificateId={certificate.certificateId} />
        ) : (
          <WithheldDownloads certificate={certificate} />
        )}
      </div>
      {certificate.status === "ACTIVE" ? <OtherFormatCodes certificateId={certificate.certificateId} /> : null}
      <CertificateRequests certificate={certificate} correctionWaiting={correctionWaiting} />
    </article>
  );
};
