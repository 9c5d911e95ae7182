import { setApiClientActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/api-clients/{id}/deactivate – revoke an API client's token
export const POST = adminApi<{ id: string }>("api-client:write", ({ actor, params }) =>
  setApiClientActive({ actor, id: params.id, active: false }),
);
