import { parseBody } from "@vax/auth";
import { withApiClient } from "@vax/auth/with-api-client";
import { certifyBatch } from "@vax/core";
import { CERTIFY_BODY_LIMIT, ZCertifyBatch, ZIdempotencyKey } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/certify – DIVOC certification requests in, their signed certificates out, synchronously
export const POST = withApiClient("certificate:issue", async ({ request, actor }) => {
  const idempotencyKey = ZIdempotencyKey.parse(request.headers.get("idempotency-key"));
  const requests = await parseBody(request, ZCertifyBatch, { maxBytes: CERTIFY_BODY_LIMIT });
  return { certificates: await certifyBatch({ actor, requests, idempotencyKey }) };
});
