import { parseQuery } from "@vax/auth";
import { getAnalytics } from "@vax/core";
import { ZAnalyticsQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/analytics?programmeId=&from=&to= – the dashboard's figures for a programme (or all) and a range of days
export const GET = adminApi("analytics:read", ({ request, actor }) =>
  getAnalytics({ actor, query: parseQuery(request, ZAnalyticsQuery) }),
);
