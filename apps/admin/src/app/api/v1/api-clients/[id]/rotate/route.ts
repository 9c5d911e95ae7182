import { parseOptionalBody } from "@vax/auth";
import { rotateApiClient } from "@vax/core";
import { ZRotateApiClientInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/api-clients/{id}/rotate – issue a new token, shown this once; the old one works for {graceHours} (default 24)
export const POST = adminApi<{ id: string }>("api-client:write", async ({ request, actor, params }) =>
  Response.json(
    await rotateApiClient({ actor, id: params.id, input: await parseOptionalBody(request, ZRotateApiClientInput) }),
    { headers: { "cache-control": "no-store" } },
  ),
);
