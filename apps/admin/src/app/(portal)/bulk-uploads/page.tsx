import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { BulkUploadForm } from "@/components/bulk-upload/bulk-upload-form";
import { BulkUploadList } from "@/components/bulk-upload/bulk-upload-list";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";

/** Bulk uploads: a CSV of facilities, users, pre-enrolments or vaccinations to certify, and the progress of each upload. */
const BulkUploadsPage = async () => {
  const { actor, allowed } = await guardPage("bulk:read", "/bulk-uploads");
  if (!allowed) return <Forbidden />;
  const canUpload = can(actor.role, "bulk:write");
  const t = await getTranslations("BulkUploadPage");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {canUpload ? <BulkUploadForm /> : null}
      <BulkUploadList canCancel={canUpload} />
    </>
  );
};

export default BulkUploadsPage;
