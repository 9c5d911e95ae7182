import { parseBody, parseQuery } from "@vax/auth";
import { createApiClient, listApiClients } from "@vax/core";
import { ZApiClientCreateInput, ZListQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/api-clients – search and page the tenant's API clients
export const GET = adminApi("api-client:read", ({ request, actor }) =>
  listApiClients({ actor, query: parseQuery(request, ZListQuery) }),
);

// POST /api/v1/api-clients – create an API client, optionally expiring; the answer holds its token, shown this once
export const POST = adminApi("api-client:write", async ({ request, actor }) =>
  Response.json(await createApiClient({ actor, input: await parseBody(request, ZApiClientCreateInput) }), {
    status: 201,
    headers: { "cache-control": "no-store" },
  }),
);
