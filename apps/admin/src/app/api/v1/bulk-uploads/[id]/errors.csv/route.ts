import { bulkErrorsCsv } from "@vax/core";
import { bulkApi } from "@/lib/bulk-api";
import { csvResponse } from "@/lib/csv-response";

// GET /api/v1/bulk-uploads/{id}/errors.csv – the failed rows as uploaded, each with the reason
export const GET = bulkApi<{ id: string }>("bulk:read", async ({ actor, params }) => {
  const { fileName, csv } = await bulkErrorsCsv({ actor, id: params.id });
  return csvResponse(csv, fileName);
});
