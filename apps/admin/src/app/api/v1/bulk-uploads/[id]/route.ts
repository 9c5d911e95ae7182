import { getBulkUpload } from "@vax/core";
import { bulkApi } from "@/lib/bulk-api";

// GET /api/v1/bulk-uploads/{id} – a bulk upload's status and progress
export const GET = bulkApi<{ id: string }>("bulk:read", ({ actor, params }) => getBulkUpload({ actor, id: params.id }));
