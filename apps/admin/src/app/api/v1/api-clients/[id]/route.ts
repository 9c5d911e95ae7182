import { parseBody } from "@vax/auth";
import { getApiClient, updateApiClient } from "@vax/core";
import { ZApiClientInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/api-clients/{id} – one API client
export const GET = adminApi<{ id: string }>("api-client:read", ({ actor, params }) =>
  getApiClient({ actor, id: params.id }),
);

// PUT /api/v1/api-clients/{id} – rename an API client or change its scopes
export const PUT = adminApi<{ id: string }>("api-client:write", async ({ request, actor, params }) =>
  updateApiClient({ actor, id: params.id, input: await parseBody(request, ZApiClientInput) }),
);
