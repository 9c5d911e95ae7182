import { parseBody } from "@vax/auth";
import { withApiClient } from "@vax/auth/with-api-client";
import { createPreEnrolment } from "@vax/core";
import { ZPreEnrolmentInput } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/pre-enrolments – pre-enrol a recipient in a programme under a pre-enrolment code, for an API client
export const POST = withApiClient("recipient:write", async ({ request, actor }) =>
  Response.json(await createPreEnrolment({ actor, input: await parseBody(request, ZPreEnrolmentInput) }), {
    status: 201,
  }),
);
