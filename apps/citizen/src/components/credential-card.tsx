import type { TCitizenCredential } from "@vax/core";
import { useTranslations } from "next-intl";
import { CertificateDownloads } from "./certificate-downloads";
import { CertificateStatusBadge } from "./certificate-status";
import { useFormatDate } from "./use-format-date";
import { WithheldDownloads } from "./withheld-downloads";

/**
 * A credential issued under a schema (a COVID-19 test report): what it states, its status and, while valid, its
 * QR on screen and its downloads. A built-in schema's title and field names are in the page's language; a
 * tenant's own schema names them in its own words.
 */
export const CredentialCard = ({ credential }: { credential: TCitizenCredential }) => {
  const t = useTranslations("Credential");
  const formatDate = useFormatDate();
  const builtIn = credential.builtInSchema === "test-report";
  const title = builtIn ? t("testReport") : credential.title;
  // The built-in test report's field names, in the page's language.
  const names: Record<string, string> = builtIn
    ? {
        testType: t("fields.testType"),
        testName: t("fields.testName"),
        manufacturer: t("fields.manufacturer"),
        disease: t("fields.disease"),
        sampleOrigin: t("fields.sampleOrigin"),
        sampleCollectionTimestamp: t("fields.sampleCollectionTimestamp"),
        resultTimestamp: t("fields.resultTimestamp"),
        result: t("fields.result"),
        facility_name: t("fields.facility_name"),
        facility_address: t("fields.facility_address"),
        facility_country: t("fields.facility_country"),
      }
    : {};
  const label = (key: string, fallback: string) => (Object.hasOwn(names, key) ? names[key] : undefined) ?? fallback;
  return (
    <article
      aria-label={t("label", { title, id: credential.certificateId })}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{title}</h3>
        <CertificateStatusBadge status={credential.status} />
      </div>
      {credential.fields.length > 0 ? (
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 rounded-md border border-slate-100 px-3 py-2 text-sm sm:grid-cols-2">
          {credential.fields.map((field) => (
            <div key={field.key} className="min-w-0">
              <dt className="text-xs text-slate-500">{label(field.key, field.label)}</dt>
              <dd className="break-words font-medium text-slate-900">
                {field.kind === "date" ? formatDate(field.value) : field.value}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-3 border-t border-slate-100 pt-3">
        <dl className="text-xs text-slate-500">
          <dt className="sr-only">{t("id")}</dt>
          <dd className="font-mono text-sm text-slate-800">{credential.certificateId}</dd>
          <dt className="sr-only">{t("issuedTerm")}</dt>
          <dd>{t("issued", { date: formatDate(credential.issuedAt) })}</dd>
        </dl>
        {credential.status === "ACTIVE" ? (
          <CertificateDownloads certificateId={credential.certificateId} />
        ) : (
          <WithheldDownloads certificate={credential} />
        )}
      </div>
    </article>
  );
};
