import { setProgrammeActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/programmes/{id}/deactivate – close a programme to new doses
export const POST = adminApi<{ id: string }>("programme:write", ({ actor, params }) =>
  setProgrammeActive({ actor, id: params.id, active: false }),
);
