import { setFacilityActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/facilities/{id}/deactivate – close a facility to new doses
export const POST = adminApi<{ id: string }>("facility:write", ({ actor, params }) =>
  setFacilityActive({ actor, id: params.id, active: false }),
);
