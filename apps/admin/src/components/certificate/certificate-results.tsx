import type { TCertificateSearchResult, TCertificateSummary } from "@vax/core";
import { identityTypeLabels, type TIdentityType } from "@vax/core/schemas";
import { TableScroll } from "@vax/ui";
import Link from "next/link";
import { formatDateTime } from "@/lib/format-date-time";
import { searchKindLabels } from "./certificate-labels";
import { CertificateStatusBadge } from "./certificate-status-badge";

const pageHref = (q: string, page: number) => `/certificates?${new URLSearchParams({ q, page: String(page) })}`;

const caption = (q: string, result: TCertificateSearchResult) => {
  if (!q) return "The latest certificates of your tenant";
  if (result.searchedBy.length === 0) {
    return "Not a certificate id, a 10-digit mobile, an identity number or a name: nothing to look for";
  }
  return `Certificates matching “${q}” as a ${result.searchedBy.map((kind) => searchKindLabels[kind]).join(" or ")}`;
};

// Masked, as every list shows them: enough of each number to tell two people of one name apart.
const recipientNumbers = (certificate: TCertificateSummary) => {
  const type =
    identityTypeLabels[certificate.recipientIdentityType as TIdentityType] ?? certificate.recipientIdentityType;
  return `${type} ${certificate.recipientIdentity} · Mobile ${certificate.recipientMobile}`;
};

/** A page of found certificates, each opening its details, with links to the pages around it. */
export const CertificateResults = ({ q, result }: { q: string; result: TCertificateSearchResult }) => {
  // A count that stopped (a common name) lets the admin page on while pages are full.
  const lastPage = result.totalIsAtLeast
    ? result.page + (result.items.length === result.pageSize ? 1 : 0)
    : Math.max(1, Math.ceil(result.total / result.pageSize));
  const first = result.items.length > 0 ? (result.page - 1) * result.pageSize + 1 : 0;
  const last = result.items.length > 0 ? first + result.items.length - 1 : 0;
  return (
    <section className="flex flex-col gap-4">
      <TableScroll label="Certificates found">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="px-4 py-2 text-left text-slate-600">{caption(q, result)}</caption>
          <thead className="bg-slate-50">
            <tr>
              {["Certificate id", "Recipient", "Programme", "Dose", "Status", "Issued"].map((label) => (
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
                    {recipientNumbers(certificate)}
                  </span>
                </td>
                <td className="px-4 py-2">{certificate.programmeName}</td>
                <td className="whitespace-nowrap px-4 py-2">
                  {certificate.dose} of {certificate.totalDoses}
                </td>
                <td className="px-4 py-2">
                  <CertificateStatusBadge status={certificate.status} />
                </td>
                <td className="whitespace-nowrap px-4 py-2">{formatDateTime(certificate.issuedAt)}</td>
              </tr>
            ))}
            {result.items.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-4 py-6 text-center text-slate-500">
                  No certificates found.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
      <nav aria-label="Pages" className="flex items-center justify-between text-sm text-slate-600">
        <span>{`Showing ${first}–${last} of ${result.totalIsAtLeast ? "at least " : ""}${result.total}`}</span>
        <div className="flex gap-2">
          {result.page > 1 ? (
            <Link href={pageHref(q, result.page - 1)} className="rounded border border-slate-300 px-3 py-1">
              Previous
            </Link>
          ) : null}
          {result.page < lastPage ? (
            <Link href={pageHref(q, result.page + 1)} className="rounded border border-slate-300 px-3 py-1">
              Next
            </Link>
          ) : null}
        </div>
      </nav>
    </section>
  );
};
