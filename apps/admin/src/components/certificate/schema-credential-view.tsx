import { can } from "@vax/auth/permissions";
import type { TActor, TSchemaCredentialDetails } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { CertificateActions } from "./certificate-actions";
import { CertificateQr } from "./certificate-qr";
import { CertificateStatusBadge } from "./certificate-status-badge";
import { CredentialJson } from "./credential-json";
import { Facts, Section } from "./section";

/**
 * A credential issued under a schema (a test report, a tenant's own schema): what it is and states, its QR and
 * signed credential, and the steps (suspend, reinstate, revoke) the signed-in role may take. It is not corrected:
 * a wrong one is revoked and issued again.
 */
export const SchemaCredentialView = async ({
  actor,
  credential,
}: {
  actor: TActor;
  credential: TSchemaCredentialDetails;
}) => {
  const t = await getTranslations("SchemaCredentialPage");
  const { dateTime } = await getDateFormatters();
  const facts = [
    { label: t("schema"), value: t("schemaVersion", { title: credential.title, version: credential.version }) },
    { label: t("holder"), value: credential.holderName ?? t("noHolder") },
    { label: t("issued"), value: dateTime(credential.issuedAt) },
    ...(credential.statusReason ? [{ label: t("reason"), value: credential.statusReason }] : []),
  ];
  return (
    <>
      <PageHeader
        title={t("title", { title: credential.title, certificateId: credential.certificateId })}
        description={t("description")}
        actions={<CertificateStatusBadge status={credential.status} />}
      />
      <CertificateActions
        certificate={credential}
        canCorrect={false}
        canRevoke={can(actor.role, "certificate:revoke")}
        schemaCredential
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Section id="credential-facts" title={t("facts")}>
            <Facts items={facts} />
          </Section>
          <Section id="credential-fields" title={t("fields")}>
            <Facts items={credential.fields.map(({ label, value }) => ({ label, value }))} />
          </Section>
        </div>
        <CertificateQr qr={credential.qr} certificateId={credential.certificateId} />
        <div className="lg:col-span-3">
          <CredentialJson credential={credential.credential} />
        </div>
      </div>
    </>
  );
};
