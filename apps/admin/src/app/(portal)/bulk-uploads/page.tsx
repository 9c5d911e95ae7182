import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { BulkUploadForm } from "@/components/bulk-upload/bulk-upload-form";
import { BulkUploadList } from "@/components/bulk-upload/bulk-upload-list";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";

/** Bulk uploads: a CSV of facilities, users, pre-enrolments or vaccinations to certify, and the progress of each upload. */
const BulkUploadsPage = async () => {
  const { actor, allowed } = await guardPage("bulk:read", "/bulk-uploads");
  if (!allowed) return <Forbidden />;
  const canUpload = can(actor.role, "bulk:write");
  return (
    <>
      <PageHeader
        title="Bulk uploads"
        description="Upload a CSV file of facilities, users and vaccinators, pre-enrolments or vaccinations to certify. Each row is checked with the same rules as its single-record form; the workers process the file in chunks, and the progress below survives a reload."
      />
      {canUpload ? <BulkUploadForm /> : null}
      <BulkUploadList canCancel={canUpload} />
    </>
  );
};

export default BulkUploadsPage;
