import { parseBody, parseQuery } from "@vax/auth";
import { createUser, listUsers } from "@vax/core";
import { ZUserCreateInput, ZUserListQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/users – search, filter by role and page the users the caller may see
export const GET = adminApi("user:read", ({ request, actor }) =>
  listUsers({ actor, query: parseQuery(request, ZUserListQuery) }),
);

// POST /api/v1/users – create a user (and, for a vaccinator, its vaccinator record)
export const POST = adminApi("user:write", async ({ request, actor }) =>
  Response.json(await createUser({ actor, input: await parseBody(request, ZUserCreateInput) }), { status: 201 }),
);
