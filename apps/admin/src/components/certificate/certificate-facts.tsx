import type { TCertificateDetails } from "@vax/core";
import { getTranslations } from "next-intl/server";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { certificateLabels } from "./certificate-labels";
import { Facts, Section } from "./section";

/** What the certificate is: its id, status (why, and until when), format, when it was issued and what signed it. */
export const CertificateFacts = async ({ certificate }: { certificate: TCertificateDetails }) => {
  const t = await getTranslations("CertificateFacts");
  const { dateTime } = await getDateFormatters();
  const labels = await certificateLabels();
  const status = labels.status[certificate.status];
  return (
    <Section id="certificate-facts" title={t("title")}>
      <Facts
        items={[
          { label: t("certificateId"), value: <span className="font-mono">{certificate.certificateId}</span> },
          {
            label: t("status"),
            value: certificate.statusReason
              ? t("statusWithReason", { status, reason: certificate.statusReason })
              : status,
          },
          ...(certificate.suspendedUntil
            ? [{ label: t("suspendedUntil"), value: dateTime(certificate.suspendedUntil) }]
            : []),
          { label: t("programme"), value: certificate.programme.name },
          { label: t("dose"), value: t("doseOf", { dose: certificate.dose, total: certificate.totalDoses }) },
          { label: t("format"), value: labels.format[certificate.format] },
          { label: t("version"), value: certificate.version },
          { label: t("issued"), value: dateTime(certificate.issuedAt) },
          {
            label: t("signingKey"),
            value: certificate.signingKey ? (
              <span>
                <code className="break-all text-xs">{certificate.signingKey.kid}</code>{" "}
                <span className="text-slate-500">
                  {t("keyDetails", {
                    algorithm: certificate.signingKey.algorithm,
                    status: labels.keyStatus[certificate.signingKey.status],
                  })}
                </span>
              </span>
            ) : (
              "—"
            ),
          },
          {
            label: t("statusList"),
            value: certificate.statusList
              ? t("statusListEntry", { number: certificate.statusList.number, index: certificate.statusList.index })
              : "—",
          },
        ]}
      />
    </Section>
  );
};
