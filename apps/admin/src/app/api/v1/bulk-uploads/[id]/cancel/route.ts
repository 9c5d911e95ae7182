import { cancelBulkUpload } from "@vax/core";
import { bulkApi } from "@/lib/bulk-api";

// POST /api/v1/bulk-uploads/{id}/cancel – stop processing a bulk upload's remaining rows
export const POST = bulkApi<{ id: string }>("bulk:write", ({ actor, params }) =>
  cancelBulkUpload({ actor, id: params.id }),
);
