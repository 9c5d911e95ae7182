import type { TSchemaCredentialSummary } from "@vax/core";
import { TableScroll } from "@vax/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { CertificateStatusBadge } from "./certificate-status-badge";

/** The credentials issued under a schema (test reports...) a search found, each opening its page; nothing when none. */
export const SchemaCredentialResults = async ({ items }: { items: TSchemaCredentialSummary[] }) => {
  if (items.length === 0) return null;
  const t = await getTranslations("SchemaCredentialResults");
  const { dateTime } = await getDateFormatters();
  const columns = [t("certificateId"), t("kind"), t("holder"), t("status"), t("issued")];
  return (
    <section aria-labelledby="schema-credentials" className="flex flex-col gap-2">
      <h2 id="schema-credentials" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <TableScroll label={t("title")}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
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
            {items.map((credential) => (
              <tr key={credential.certificateId} className="hover:bg-slate-50">
                <td className="px-4 py-2">
                  <Link
                    href={`/certificates/${credential.certificateId}`}
                    prefetch={false}
                    className="font-mono font-medium text-teal-800 underline"
                  >
                    {credential.certificateId}
                  </Link>
                </td>
                <td className="px-4 py-2">{credential.title}</td>
                <td className="px-4 py-2">{credential.holderName ?? "—"}</td>
                <td className="px-4 py-2">
                  <CertificateStatusBadge status={credential.status} />
                </td>
                <td className="whitespace-nowrap px-4 py-2">{dateTime(credential.issuedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
};
