import { can } from "@vax/auth/permissions";
import { AppError, getCertificate, getSchemaCredentialDetails } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { CertificateActions } from "@/components/certificate/certificate-actions";
import { CertificateDoses } from "@/components/certificate/certificate-doses";
import { CertificateFacts } from "@/components/certificate/certificate-facts";
import { CertificateHistory } from "@/components/certificate/certificate-history";
import { CertificateQr } from "@/components/certificate/certificate-qr";
import { CertificateStatusBadge } from "@/components/certificate/certificate-status-badge";
import { CredentialJson } from "@/components/certificate/credential-json";
import { RecipientFacts } from "@/components/certificate/recipient-facts";
import { SchemaCredentialView } from "@/components/certificate/schema-credential-view";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/**
 * One certificate: what it is, whose it is, the doses behind it, its history, its QR and credential,
 * and the lifecycle steps (correct, suspend, reinstate, revoke) the signed-in role may take; or a
 * credential issued under a schema (a test report) the id names instead.
 */
const CertificatePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("certificate:read", `/certificates/${id}`);
  if (!allowed) return <Forbidden />;
  // Ids come from one space: one that names no certificate may name a credential issued under a schema.
  const certificate = await getCertificate({ actor, id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!certificate) {
    const credential = await loadOr404(() => getSchemaCredentialDetails({ actor, certificateId: id }));
    return <SchemaCredentialView actor={actor} credential={credential} />;
  }
  const t = await getTranslations("CertificatePage");
  return (
    <>
      <PageHeader
        title={t("title", { certificateId: certificate.certificateId })}
        description={t("description", {
          recipient: certificate.recipient.name,
          programme: certificate.programme.name,
          dose: certificate.dose,
          total: certificate.totalDoses,
        })}
        actions={<CertificateStatusBadge status={certificate.status} />}
      />
      <CertificateActions
        certificate={certificate}
        canCorrect={can(actor.role, "certificate:correct")}
        canRevoke={can(actor.role, "certificate:revoke")}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <CertificateFacts certificate={certificate} />
          <RecipientFacts recipient={certificate.recipient} />
        </div>
        <CertificateQr qr={certificate.qr} certificateId={certificate.certificateId} />
        <div className="flex flex-col gap-6 lg:col-span-3">
          <CertificateDoses doses={certificate.doses} />
          <CertificateHistory certificate={certificate} />
          <CredentialJson credential={certificate.credential} />
        </div>
      </div>
    </>
  );
};

export default CertificatePage;
