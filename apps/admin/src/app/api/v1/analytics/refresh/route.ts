import { parseBody } from "@vax/auth";
import { refreshAnalytics } from "@vax/core";
import { ZAnalyticsRefreshInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/analytics/refresh – recount the tenant's analytics figures now rather than at the worker's next turn
export const POST = adminApi("analytics:refresh", async ({ request, actor }) =>
  refreshAnalytics({ actor, input: await parseBody(request, ZAnalyticsRefreshInput) }),
);
