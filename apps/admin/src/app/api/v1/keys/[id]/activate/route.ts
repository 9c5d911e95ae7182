import { activateSigningKey } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/keys/{id}/activate – make a pending key the one that signs, retiring the one it replaces
export const POST = adminApi<{ id: string }>("key:write", ({ actor, params }) =>
  activateSigningKey({ actor, id: params.id }),
);
