import { parseFormData } from "@vax/auth";
import { createBulkUpload, listBulkUploads } from "@vax/core";
import { BULK_UPLOAD_BODY_LIMIT, ZBulkUploadForm } from "@vax/core/schemas";
import { bulkApi } from "@/lib/bulk-api";

// GET /api/v1/bulk-uploads – the tenant's bulk uploads, newest first, with their progress
export const GET = bulkApi("bulk:read", async ({ actor }) => ({ items: await listBulkUploads({ actor }) }));

// POST /api/v1/bulk-uploads – upload a CSV of one kind, to be processed by the workers
export const POST = bulkApi("bulk:write", async ({ request, actor }) => {
  const form = await parseFormData(request, { maxBytes: BULK_UPLOAD_BODY_LIMIT });
  const { kind, file } = ZBulkUploadForm.parse({ kind: form.get("kind"), file: form.get("file") });
  const accepted = await createBulkUpload({ actor, kind, fileName: file.name, stream: file.stream() });
  return Response.json(accepted, { status: 202 });
});
