import { setApiClientActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/api-clients/{id}/reactivate – accept a deactivated API client's token again
export const POST = adminApi<{ id: string }>("api-client:write", ({ actor, params }) =>
  setApiClientActive({ actor, id: params.id, active: true }),
);
