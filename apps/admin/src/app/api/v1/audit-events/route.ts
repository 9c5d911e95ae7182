import { parseQuery } from "@vax/auth";
import { listAuditEvents } from "@vax/core";
import { ZAuditQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/audit-events – page through the tenant's audit log, newest first
export const GET = adminApi("audit:read", ({ request, actor }) =>
  listAuditEvents({ actor, query: parseQuery(request, ZAuditQuery) }),
);
