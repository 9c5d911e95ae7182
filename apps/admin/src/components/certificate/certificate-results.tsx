import type { TCertificateSearchResult, TCertificateSummary } from "@vax/core";
import type { TIdentityType } from "@vax/core/schemas";
import { TableScroll } from "@vax/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { certificateLabels } from "./certificate-labels";
import { CertificateStatusBadge } from "./certificate-status-badge";

type TTranslate = Awaited<ReturnType<typeof getTranslations<"CertificateResults">>>;
type TLabels = Awaited<ReturnType<typeof certificateLabels>>;

const pageHref = (q: string, page: number) => `/certificates?${new URLSearchParams({ q, page: String(page) })}`;

const caption = (t: TTranslate, labels: TLabels, q: string, result: TCertificateSearchResult) => {
  if (!q) return t("latest");
  if (result.searchedBy.length === 0) return t("nothingToLookFor");
  const kinds = result.searchedBy
    .map((kind) => labels.searchKind[kind])
    .reduce((either, or) => t("either", { either, or }));
  return t("matching", { q, kinds });
};

// Masked, as every list shows them: enough of each number to tell two people of one name apart.
const recipientNumbers = (t: TTranslate, labels: TLabels, certificate: TCertificateSummary) =>
  t("recipientNumbers", {
    type: labels.identityType[certificate.recipientIdentityType as TIdentityType] ?? certificate.recipientIdentityType,
    identity: certificate.recipientIdentity,
    mobile: certificate.recipientMobile,
  });

/** A page of found certificates, each opening its details, with links to the pages around it. */
export const CertificateResults = async ({ q, result }: { q: string; result: TCertificateSearchResult }) => {
  const t = await getTranslations("CertificateResults");
  const { dateTime } = await getDateFormatters();
  const labels = await certificateLabels();
  // A count that stopped (a common name) lets the admin page on while pages are full.
  const lastPage = result.totalIsAtLeast
    ? result.page + (result.items.length === result.pageSize ? 1 : 0)
    : Math.max(1, Math.ceil(result.total / result.pageSize));
  const first = result.items.length > 0 ? (result.page - 1) * result.pageSize + 1 : 0;
  const last = result.items.length > 0 ? first + result.items.length - 1 : 0;
  const columns = [t("certificateId"), t("recipient"), t("programme"), t("dose"), t("status"), t("issued")];
  return (
    <section className="flex flex-col gap-4">
      <TableScroll label={t("found")}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="px-4 py-2 text-left text-slate-600">{caption(t, labels, q, result)}</caption>
          <thead className="bg-slate-50">
            <tr>
              {columns.map((label) => (
                <th key={label} scope="col" className="px-4 py-2 text-left font-medium text-slate-700">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.items.map((certificate) => (
              <tr key={certificate.id} className="hover:bg-slate-50">
                <td className="px-4 py-2">
                  <Link
                    href={`/certificates/${certificate.certificateId}`}
                    className="font-mono font-medium text-teal-800 underline"
                  >
                    {certificate.certificateId}
                  </Link>
                </td>
                <td className="px-4 py-2">
                  <span className="block">{certificate.recipientName}</span>
                  <span className="block whitespace-nowrap text-xs text-slate-500">
                    {recipientNumbers(t, labels, certificate)}
                  </span>
                </td>
                <td className="px-4 py-2">{certificate.programmeName}</td>
                <td className="whitespace-nowrap px-4 py-2">
                  {t("doseOf", { dose: certificate.dose, total: certificate.totalDoses })}
                </td>
                <td className="px-4 py-2">
                  <CertificateStatusBadge status={certificate.status} />
                </td>
                <td className="whitespace-nowrap px-4 py-2">{dateTime(certificate.issuedAt)}</td>
              </tr>
            ))}
            {result.items.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-4 py-6 text-center text-slate-500">
                  {t("none")}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
      <nav aria-label={t("pages")} className="flex items-center justify-between text-sm text-slate-600">
        <span>
          {result.totalIsAtLeast
            ? t("showingAtLeast", { first, last, total: result.total })
            : t("showing", { first, last, total: result.total })}
        </span>
        <div className="flex gap-2">
          {result.page > 1 ? (
            <Link href={pageHref(q, result.page - 1)} className="rounded border border-slate-300 px-3 py-1">
              {t("previous")}
            </Link>
          ) : null}
          {result.page < lastPage ? (
            <Link href={pageHref(q, result.page + 1)} className="rounded border border-slate-300 px-3 py-1">
              {t("next")}
            </Link>
          ) : null}
        </div>
      </nav>
    </section>
  );
};
