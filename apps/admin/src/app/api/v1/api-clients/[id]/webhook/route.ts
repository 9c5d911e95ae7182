import { parseBody } from "@vax/auth";
import { getApiClientWebhook, removeApiClientWebhook, setApiClientWebhook } from "@vax/core";
import { ZApiClientWebhookInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/api-clients/{id}/webhook – an API client's webhook and its latest deliveries
export const GET = adminApi<{ id: string }>("api-client:read", ({ actor, params }) =>
  getApiClientWebhook({ actor, id: params.id }),
);

// PUT /api/v1/api-clients/{id}/webhook – set where finished asynchronous certify calls are posted; a new secret, shown this once
export const PUT = adminApi<{ id: string }>("api-client:write", async ({ request, actor, params }) =>
  Response.json(
    await setApiClientWebhook({ actor, id: params.id, input: await parseBody(request, ZApiClientWebhookInput) }),
    { headers: { "cache-control": "no-store" } },
  ),
);

// DELETE /api/v1/api-clients/{id}/webhook – stop posting the API client's finished transactions
export const DELETE = adminApi<{ id: string }>("api-client:write", ({ actor, params }) =>
  removeApiClientWebhook({ actor, id: params.id }),
);
