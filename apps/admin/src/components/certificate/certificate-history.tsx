import type { TCertificateDetails } from "@vax/core";
import { TableScroll } from "@vax/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditDetails } from "@/components/audit/audit-details";
import { ColumnHeadings } from "@/components/column-headings";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { CertificateStatusBadge } from "./certificate-status-badge";
import { LifecycleNote } from "./lifecycle-note";
import { Section } from "./section";

/** The certificate's versions (the ones it corrects and the ones that corrected it) and its audit events. */
export const CertificateHistory = async ({ certificate }: { certificate: TCertificateDetails }) => {
  const t = await getTranslations("CertificateHistory");
  const { dateTime } = await getDateFormatters();
  return (
    <Section id="certificate-history" title={t("title")}>
      <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("versions")}</h3>
      <ol className="mb-5 flex flex-col gap-1 text-sm">
        {certificate.versions.map((version) => (
          <li key={version.id} className="flex flex-wrap items-center gap-3">
            <span className="w-20 text-slate-600">{t("version", { version: version.version })}</span>
            {version.current ? (
              <span className="font-mono font-medium">{t("thisCertificate", { id: version.certificateId })}</span>
            ) : (
              <Link href={`/certificates/${version.certificateId}`} className="font-mono text-teal-800 underline">
                {version.certificateId}
              </Link>
            )}
            <CertificateStatusBadge status={version.status} />
            <span className="text-slate-600">{t("issued", { time: dateTime(version.issuedAt) })}</span>
          </li>
        ))}
      </ol>
      <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("auditEvents")}</h3>
      {certificate.auditEvents.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noAuditEvents")}</p>
      ) : (
        <TableScroll label={t("auditEvents")} className="">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <ColumnHeadings labels={[t("time"), t("action"), t("by"), t("details")]} compact />
            <tbody className="divide-y divide-slate-100">
              {certificate.auditEvents.map((event) => (
                <tr key={event.id}>
                  <td className="whitespace-nowrap px-3 py-2">
                    <time dateTime={new Date(event.createdAt).toISOString()}>{dateTime(event.createdAt)}</time>
                  </td>
                  <td className="px-3 py-2">
                    <code className="whitespace-nowrap text-xs">{event.action}</code>
                  </td>
                  <td className="px-3 py-2">{event.actorLabel}</td>
                  <td className="px-3 py-2">
                    <LifecycleNote after={event.after} />
                    <AuditDetails before={event.before} after={event.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Section>
  );
};
