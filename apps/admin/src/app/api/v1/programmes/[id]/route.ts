import { parseBody } from "@vax/auth";
import { getProgramme, updateProgramme } from "@vax/core";
import { ZProgrammeInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/programmes/{id} – one programme
export const GET = adminApi<{ id: string }>("programme:read", ({ actor, params }) =>
  getProgramme({ actor, id: params.id }),
);

// PUT /api/v1/programmes/{id} – replace a programme's details
export const PUT = adminApi<{ id: string }>("programme:write", async ({ request, actor, params }) =>
  updateProgramme({ actor, id: params.id, input: await parseBody(request, ZProgrammeInput) }),
);
