import { parseQuery } from "@vax/auth";
import { exportAnalyticsCsv } from "@vax/core";
import { ZAnalyticsCsvQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/analytics/csv?table=&programmeId=&from=&to= – one dashboard table as a CSV download
export const GET = adminApi("analytics:read", async ({ request, actor }) => {
  const { table, ...query } = parseQuery(request, ZAnalyticsCsvQuery);
  const { fileName, csv } = await exportAnalyticsCsv({ actor, query, table });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
});
