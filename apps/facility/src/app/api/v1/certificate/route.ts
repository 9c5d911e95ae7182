import { parseBody } from "@vax/auth";
import { withApiClient } from "@vax/auth/with-api-client";
import { updateCertificates } from "@vax/core";
import { CERTIFY_BODY_LIMIT, ZCertifyBatch } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// PUT /api/v1/certificate – DIVOC's update: certification requests naming certificates by pre-enrolment code and dose, corrected
export const PUT = withApiClient("certificate:update", async ({ request, actor }) => {
  const requests = await parseBody(request, ZCertifyBatch, { maxBytes: CERTIFY_BODY_LIMIT });
  return { certificates: await updateCertificates({ actor, requests }) };
});
