import { setProgrammeActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/programmes/{id}/reactivate – open a deactivated programme again
export const POST = adminApi<{ id: string }>("programme:write", ({ actor, params }) =>
  setProgrammeActive({ actor, id: params.id, active: true }),
);
