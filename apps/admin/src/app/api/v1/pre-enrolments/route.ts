import { parseBody, parseQuery } from "@vax/auth";
import { createPreEnrolment, listPreEnrolments } from "@vax/core";
import { ZListQuery, ZPreEnrolmentInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/pre-enrolments – search, sort and page the tenant's pre-enrolments
export const GET = adminApi("recipient:read", ({ request, actor }) =>
  listPreEnrolments({ actor, query: parseQuery(request, ZListQuery) }),
);

// POST /api/v1/pre-enrolments – pre-enrol a recipient in a programme under a pre-enrolment code
export const POST = adminApi("recipient:write", async ({ request, actor }) =>
  Response.json(await createPreEnrolment({ actor, input: await parseBody(request, ZPreEnrolmentInput) }), {
    status: 201,
  }),
);
