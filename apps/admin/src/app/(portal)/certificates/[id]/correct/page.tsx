import { getCorrectionDraft } from "@vax/core";
import { Alert, PageHeader } from "@vax/ui";
import Link from "next/link";
import { statusLabels } from "@/components/certificate/certificate-labels";
import { CertificateStatusBadge } from "@/components/certificate/certificate-status-badge";
import { CorrectionForm } from "@/components/certificate/correction-form";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/** Corrects a certificate: its fields prefilled, the reason, a preview, then the new version. */
const CorrectCertificatePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("certificate:correct", `/certificates/${id}/correct`);
  if (!allowed) return <Forbidden />;
  const draft = await loadOr404(() => getCorrectionDraft({ actor, id }));
  return (
    <>
      <PageHeader
        title={`Correct certificate ${draft.certificateId}`}
        description="Change what is wrong and say why. The correction is issued as a new version of the certificate, which replaces this one."
        actions={<CertificateStatusBadge status={draft.status} />}
      />
      {draft.status === "ACTIVE" ? (
        <CorrectionForm draft={draft} />
      ) : (
        <Alert tone="error">
          Only an active certificate can be corrected, and this one is {statusLabels[draft.status].toLowerCase()}.{" "}
          <Link href={`/certificates/${draft.certificateId}`} className="underline">
            Its page
          </Link>{" "}
          shows its history, with any version that replaced it.
        </Alert>
      )}
    </>
  );
};

export default CorrectCertificatePage;
