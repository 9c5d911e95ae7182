import { setVaccineActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/vaccines/{id}/reactivate – offer a deactivated vaccine again
export const POST = adminApi<{ id: string }>("vaccine:write", ({ actor, params }) =>
  setVaccineActive({ actor, id: params.id, active: true }),
);
