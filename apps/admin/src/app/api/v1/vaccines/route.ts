import { parseBody, parseQuery } from "@vax/auth";
import { createVaccine, listVaccines } from "@vax/core";
import { ZListQuery, ZVaccineInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/vaccines – search, sort and page the tenant's vaccines
export const GET = adminApi("vaccine:read", ({ request, actor }) =>
  listVaccines({ actor, query: parseQuery(request, ZListQuery) }),
);

// POST /api/v1/vaccines – create a vaccine
export const POST = adminApi("vaccine:write", async ({ request, actor }) =>
  Response.json(await createVaccine({ actor, input: await parseBody(request, ZVaccineInput) }), { status: 201 }),
);
