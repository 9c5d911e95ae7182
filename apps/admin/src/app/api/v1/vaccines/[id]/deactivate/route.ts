import { setVaccineActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/vaccines/{id}/deactivate – stop offering a vaccine for new doses
export const POST = adminApi<{ id: string }>("vaccine:write", ({ actor, params }) =>
  setVaccineActive({ actor, id: params.id, active: false }),
);
