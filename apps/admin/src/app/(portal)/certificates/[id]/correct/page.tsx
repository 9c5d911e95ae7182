import { getCorrectionDraft } from "@vax/core";
import { Alert, PageHeader } from "@vax/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { certificateLabels } from "@/components/certificate/certificate-labels";
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
  const t = await getTranslations("CertificateCorrectPage");
  const labels = await certificateLabels();
  return (
    <>
      <PageHeader
        title={t("title", { certificateId: draft.certificateId })}
        description={t("description")}
        actions={<CertificateStatusBadge status={draft.status} />}
      />
      {draft.status === "ACTIVE" ? (
        <CorrectionForm draft={draft} />
      ) : (
        <Alert tone="error">
          {t.rich("notActive", {
            status: labels.status[draft.status].toLowerCase(),
            link: (chunks) => (
              <Link href={`/certificates/${draft.certificateId}`} className="underline">
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      )}
    </>
  );
};

export default CorrectCertificatePage;
