import { parseBody, parseQuery } from "@vax/auth";
import { createSigningKey, listSigningKeys } from "@vax/core";
import { ZSigningKeyCreateInput, ZSigningKeyQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/keys – a tenant's signing keys (a platform admin names the tenant with ?tenantId=)
export const GET = adminApi("key:read", async ({ request, actor }) => ({
  items: await listSigningKeys({ actor, tenantId: parseQuery(request, ZSigningKeyQuery).tenantId }),
}));

// POST /api/v1/keys – generate a pending key, published at once, signing once activated
export const POST = adminApi("key:write", async ({ request, actor }) =>
  Response.json(await createSigningKey({ actor, input: await parseBody(request, ZSigningKeyCreateInput) }), {
    status: 201,
  }),
);
