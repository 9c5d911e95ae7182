import { parseBody, parseQuery } from "@vax/auth";
import { createTenant, listTenants } from "@vax/core";
import { ZListQuery, ZTenantCreateInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/tenants – search, sort and page the platform's tenants
export const GET = adminApi("tenant:read", ({ request, actor }) =>
  listTenants({ actor, query: parseQuery(request, ZListQuery) }),
);

// POST /api/v1/tenants – create a tenant with its first signing keys and its first admin (one-time password once)
export const POST = adminApi("tenant:write", async ({ request, actor }) =>
  Response.json(await createTenant({ actor, input: await parseBody(request, ZTenantCreateInput) }), {
    status: 201,
    headers: { "cache-control": "no-store" },
  }),
);
