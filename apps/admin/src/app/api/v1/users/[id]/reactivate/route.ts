import { setUserActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/users/{id}/reactivate – let a deactivated user sign in again
export const POST = adminApi<{ id: string }>("user:write", ({ actor, params }) =>
  setUserActive({ actor, id: params.id, active: true }),
);
