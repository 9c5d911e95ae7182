import { retireSigningKey } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/keys/{id}/retire – stop a key signing; what it signed keeps verifying
export const POST = adminApi<{ id: string }>("key:write", ({ actor, params }) =>
  retireSigningKey({ actor, id: params.id }),
);
