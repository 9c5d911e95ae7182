import { parseBody } from "@vax/auth";
import { getUser, updateUser } from "@vax/core";
import { ZUserUpdateInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/users/{id} – one user
export const GET = adminApi<{ id: string }>("user:read", ({ actor, params }) => getUser({ actor, id: params.id }));

// PUT /api/v1/users/{id} – replace a user's details, and their password when a new one is given
export const PUT = adminApi<{ id: string }>("user:write", async ({ request, actor, params }) =>
  updateUser({ actor, id: params.id, input: await parseBody(request, ZUserUpdateInput) }),
);
