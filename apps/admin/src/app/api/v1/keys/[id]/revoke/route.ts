import { parseBody } from "@vax/auth";
import { revokeSigningKey } from "@vax/core";
import { ZSigningKeyRevokeInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/keys/{id}/revoke – revoke a key for good: everything it signed fails "key status" with the reason
export const POST = adminApi<{ id: string }>("key:write", async ({ request, actor, params }) =>
  revokeSigningKey({ actor, id: params.id, input: await parseBody(request, ZSigningKeyRevokeInput) }),
);
