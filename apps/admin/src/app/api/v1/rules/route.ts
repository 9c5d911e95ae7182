import { parseBody } from "@vax/auth";
import { createValidityRule, listBusinessRules } from "@vax/core";
import { ZValidityRuleInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/rules – the business rules the admin sees: platform-wide ones and their tenant's
export const GET = adminApi("rule:read", async ({ actor }) => ({ items: await listBusinessRules({ actor }) }));

// POST /api/v1/rules – add a validity rule ("valid N days after the last dose") as a new version
export const POST = adminApi("rule:write", async ({ request, actor }) =>
  Response.json(await createValidityRule({ actor, input: await parseBody(request, ZValidityRuleInput) }), {
    status: 201,
  }),
);
