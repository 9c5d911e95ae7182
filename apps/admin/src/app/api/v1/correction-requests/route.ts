import { parseQuery } from "@vax/auth";
import { listCorrectionRequests } from "@vax/core";
import { ZCorrectionRequestQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/correction-requests – the queue of citizens' correction requests, by state (open ones first)
export const GET = adminApi("correction-request:read", ({ request, actor }) =>
  listCorrectionRequests({ actor, query: parseQuery(request, ZCorrectionRequestQuery) }),
);
