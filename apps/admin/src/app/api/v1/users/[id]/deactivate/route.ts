import { setUserActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/users/{id}/deactivate – stop a user signing in (and their vaccinator record giving doses)
export const POST = adminApi<{ id: string }>("user:write", ({ actor, params }) =>
  setUserActive({ actor, id: params.id, active: false }),
);
