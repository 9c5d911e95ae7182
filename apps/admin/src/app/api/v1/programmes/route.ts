import { parseBody, parseQuery } from "@vax/auth";
import { createProgramme, listProgrammes } from "@vax/core";
import { ZListQuery, ZProgrammeInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/programmes – search, sort and page the tenant's programmes
export const GET = adminApi("programme:read", ({ request, actor }) =>
  listProgrammes({ actor, query: parseQuery(request, ZListQuery) }),
);

// POST /api/v1/programmes – create a programme
export const POST = adminApi("programme:write", async ({ request, actor }) =>
  Response.json(await createProgramme({ actor, input: await parseBody(request, ZProgrammeInput) }), { status: 201 }),
);
