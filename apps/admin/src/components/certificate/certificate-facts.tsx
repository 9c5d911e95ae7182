import type { TCertificateDetails } from "@vax/core";
import { formatDateTime } from "@/lib/format-date-time";
import { formatLabels, statusLabels } from "./certificate-labels";
import { Facts, Section } from "./section";

/** What the certificate is: its id, status (why, and until when), format, when it was issued and what signed it. */
export const CertificateFacts = ({ certificate }: { certificate: TCertificateDetails }) => (
  <Section id="certificate-facts" title="Certificate">
    <Facts
      items={[
        { label: "Certificate id", value: <span className="font-mono">{certificate.certificateId}</span> },
        {
          label: "Status",
          value: certificate.statusReason
            ? `${statusLabels[certificate.status]}: ${certificate.statusReason}`
            : statusLabels[certificate.status],
        },
        ...(certificate.suspendedUntil
          ? [{ label: "Suspended until", value: formatDateTime(certificate.suspendedUntil) }]
          : []),
        { label: "Programme", value: certificate.programme.name },
        { label: "Dose", value: `${certificate.dose} of ${certificate.totalDoses}` },
        { label: "Format", value: formatLabels[certificate.format] },
        { label: "Version", value: certificate.version },
        { label: "Issued", value: formatDateTime(certificate.issuedAt) },
        {
          label: "Signing key",
          value: certificate.signingKey ? (
            <span>
              <code className="break-all text-xs">{certificate.signingKey.kid}</code>{" "}
              <span className="text-slate-500">
                ({certificate.signingKey.algorithm}, {certificate.signingKey.status.toLowerCase()})
              </span>
            </span>
          ) : (
            "—"
          ),
        },
        {
          label: "Status list",
          value: certificate.statusList
            ? `List ${certificate.statusList.number}, index ${certificate.statusList.index}`
            : "—",
        },
      ]}
    />
  </Section>
);
