import { parseBody } from "@vax/auth";
import { getVaccine, updateVaccine } from "@vax/core";
import { ZVaccineInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/vaccines/{id} – one vaccine
export const GET = adminApi<{ id: string }>("vaccine:read", ({ actor, params }) =>
  getVaccine({ actor, id: params.id }),
);

// PUT /api/v1/vaccines/{id} – replace a vaccine's details and programmes
export const PUT = adminApi<{ id: string }>("vaccine:write", async ({ request, actor, params }) =>
  updateVaccine({ actor, id: params.id, input: await parseBody(request, ZVaccineInput) }),
);
