import { parseBody, parseQuery } from "@vax/auth";
import { createFacility, listFacilities } from "@vax/core";
import { ZFacilityInput, ZListQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/facilities – search, sort and page the tenant's facilities
export const GET = adminApi("facility:read", ({ request, actor }) =>
  listFacilities({ actor, query: parseQuery(request, ZListQuery) }),
);

// POST /api/v1/facilities – create a facility
export const POST = adminApi("facility:write", async ({ request, actor }) =>
  Response.json(await createFacility({ actor, input: await parseBody(request, ZFacilityInput) }), { status: 201 }),
);
