import { parseBody } from "@vax/auth";
import { getFacility, updateFacility } from "@vax/core";
import { ZFacilityInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/facilities/{id} – one facility
export const GET = adminApi<{ id: string }>("facility:read", ({ actor, params }) =>
  getFacility({ actor, id: params.id }),
);

// PUT /api/v1/facilities/{id} – replace a facility's details and programmes
export const PUT = adminApi<{ id: string }>("facility:write", async ({ request, actor, params }) =>
  updateFacility({ actor, id: params.id, input: await parseBody(request, ZFacilityInput) }),
);
