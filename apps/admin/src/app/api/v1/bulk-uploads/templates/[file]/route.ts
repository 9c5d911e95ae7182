import { bulkTemplateCsv } from "@vax/core";
import { ZBulkTemplatePath } from "@vax/core/schemas";
import { bulkApi } from "@/lib/bulk-api";
import { csvResponse } from "@/lib/csv-response";

// GET /api/v1/bulk-uploads/templates/{kind}.csv – a kind's header row and one valid example row
export const GET = bulkApi<{ file: string }>("bulk:read", async ({ actor, params }) => {
  const { file: kind } = ZBulkTemplatePath.parse(params);
  return csvResponse(await bulkTemplateCsv({ actor, kind }), `${kind}.csv`);
});
