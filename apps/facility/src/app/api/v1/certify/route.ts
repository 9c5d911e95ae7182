import { parseBody } from "@vax/auth";
import { withApiClient } from "@vax/auth/with-api-client";
import { certifyBatch, submitCertifyTransaction } from "@vax/core";
import { CERTIFY_BODY_LIMIT, ZCertifyBatch, ZIdempotencyKey, ZPreferHeader } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/certify – DIVOC certification requests in, their signed certificates out, synchronously
// or, with `Prefer: respond-async`, a transaction id at once and the certificates from a worker
export const POST = withApiClient("certificate:issue", async ({ request, actor }) => {
  const idempotencyKey = ZIdempotencyKey.parse(request.headers.get("idempotency-key"));
  const respondAsync = ZPreferHeader.parse(request.headers.get("prefer"));
  const requests = await parseBody(request, ZCertifyBatch, { maxBytes: CERTIFY_BODY_LIMIT });
  if (respondAsync) {
    const accepted = await submitCertifyTransaction({ actor, requests, idempotencyKey });
    return Response.json(accepted, {
      status: 202,
      headers: { "preference-applied": "respond-async", "cache-control": "no-store" },
    });
  }
  return { certificates: await certifyBatch({ actor, requests, idempotencyKey }) };
});
