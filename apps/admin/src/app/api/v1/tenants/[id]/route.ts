import { parseBody } from "@vax/auth";
import { getTenant, updateTenant } from "@vax/core";
import { ZTenantUpdateInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/tenants/{id} – one tenant
export const GET = adminApi<{ id: string }>("tenant:read", ({ actor, params }) => getTenant({ actor, id: params.id }));

// PUT /api/v1/tenants/{id} – change a tenant's name, country, language and time zone (never its slug)
export const PUT = adminApi<{ id: string }>("tenant:write", async ({ request, actor, params }) =>
  updateTenant({ actor, id: params.id, input: await parseBody(request, ZTenantUpdateInput) }),
);
