import { parseBody } from "@vax/auth";
import { askForCorrection, listCitizenCorrectionRequests } from "@vax/core";
import { ZCorrectionRequestInput } from "@vax/core/schemas";
import { citizenApi } from "@/lib/citizen-api";

export const dynamic = "force-dynamic";

// A request is a few short fields and a note of at most 1000 characters.
const REQUEST_BODY_LIMIT = 16 * 1024;

// GET /api/v1/correction-requests – the signed-in citizen's correction requests, each with its state
export const GET = citizenApi(async ({ citizen }) => ({
  correctionRequests: await listCitizenCorrectionRequests({ mobile: citizen.mobile }),
}));

// POST /api/v1/correction-requests – ask for a certificate on the citizen's number to be corrected
export const POST = citizenApi(
  async ({ request, citizen }) =>
    askForCorrection({
      mobile: citizen.mobile,
      input: await parseBody(request, ZCorrectionRequestInput, { maxBytes: REQUEST_BODY_LIMIT }),
    }),
  { status: 201 },
);
