import { parseBody } from "@vax/auth";
import { giveFeedback } from "@vax/core";
import { ZFeedbackInput } from "@vax/core/schemas";
import { citizenApi } from "@/lib/citizen-api";

// A rating and at most 1000 characters.
const FEEDBACK_BODY_LIMIT = 16 * 1024;

// POST /api/v1/feedback – rate the vaccination behind a certificate on the citizen's number
export const POST = citizenApi(
  async ({ request, citizen }) =>
    giveFeedback({
      mobile: citizen.mobile,
      input: await parseBody(request, ZFeedbackInput, { maxBytes: FEEDBACK_BODY_LIMIT }),
    }),
  { status: 201 },
);
