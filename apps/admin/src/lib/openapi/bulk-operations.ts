import { type TApiOperation, ZIdPath } from "@vax/core/openapi";
import {
  BULK_UPLOAD_BODY_LIMIT,
  ZBulkTemplatePath,
  ZBulkUploadAccepted,
  ZBulkUploadForm,
  ZBulkUploadList,
  ZBulkUploadView,
} from "@vax/core/schemas";

const TAG = "Bulk uploads";
const WHO = "A signed-in user of the portal with the permission, or an API client with the bulk:write scope.";

const bulk = (
  operation: Omit<TApiOperation, "tag" | "auth" | "permission" | "description">,
  permission: "bulk:read" | "bulk:write",
): TApiOperation => ({
  ...operation,
  tag: TAG,
  auth: "sessionOrApiToken",
  permission: `${permission} (session) or bulk:write (API client)`,
  description: WHO,
});

/** The bulk upload operations: upload a CSV, follow its progress, cancel it, read its errors, fetch a template. */
export const bulkOperations = (): TApiOperation[] => [
  bulk(
    {
      method: "get",
      path: "/api/v1/bulk-uploads",
      summary: "The tenant's bulk uploads, newest first, with their progress",
      success: { status: 200, description: "The uploads", schema: ZBulkUploadList },
    },
    "bulk:read",
  ),
  bulk(
    {
      method: "post",
      path: "/api/v1/bulk-uploads",
      summary:
        "Upload a CSV of facilities, users, pre-enrolments or vaccinations to certify; the workers process it in chunks",
      body: { schema: ZBulkUploadForm, mediaType: "multipart/form-data", maxBytes: BULK_UPLOAD_BODY_LIMIT },
      success: { status: 202, description: "Accepted: poll the upload by its id", schema: ZBulkUploadAccepted },
    },
    "bulk:write",
  ),
  bulk(
    {
      method: "get",
      path: "/api/v1/bulk-uploads/{id}",
      summary: "A bulk upload's status and progress: rows done, succeeded, failed, the rate and the time left",
      pathParams: ZIdPath,
      success: { status: 200, description: "The upload", schema: ZBulkUploadView },
      errors: { 404: "No such upload in the caller's tenant" },
    },
    "bulk:read",
  ),
  bulk(
    {
      method: "post",
      path: "/api/v1/bulk-uploads/{id}/cancel",
      summary: "Cancel a queued or running upload: its remaining rows are not processed",
      pathParams: ZIdPath,
      success: { status: 200, description: "The cancelled upload", schema: ZBulkUploadView },
      errors: { 404: "No such upload in the caller's tenant", 409: "The upload has finished" },
    },
    "bulk:write",
  ),
  bulk(
    {
      method: "get",
      path: "/api/v1/bulk-uploads/{id}/errors.csv",
      summary: "The failed rows as uploaded (secret cells left empty), each with a reason column",
      pathParams: ZIdPath,
      success: { status: 200, description: "The errors CSV", mediaType: "text/csv" },
      errors: { 404: "No such upload in the caller's tenant" },
    },
    "bulk:read",
  ),
  bulk(
    {
      method: "get",
      path: "/api/v1/bulk-uploads/templates/{file}",
      summary: "A kind's CSV template (`<kind>.csv`): the header row and one valid example row",
      pathParams: ZBulkTemplatePath,
      success: { status: 200, description: "The template", mediaType: "text/csv" },
    },
    "bulk:read",
  ),
];
