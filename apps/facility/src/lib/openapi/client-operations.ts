import type { TApiOperation } from "@vax/core/openapi";
import {
  CERTIFY_BODY_LIMIT,
  ZCertificateStatusAnswer,
  ZCertificateStatusChange,
  ZCertifyAccepted,
  ZCertifyAnswer,
  ZCertifyBatch,
  ZCertifyTransactionAnswer,
  ZDivocRevokeQuery,
  ZIdempotencyKey,
  ZPreEnrolmentInput,
  ZPreEnrolmentView,
  ZRevokedDoses,
  ZTransactionPath,
} from "@vax/core/schemas";
import { z } from "zod";

const ZCertificatePath = z.object({ id: z.string().meta({ description: "The certificate id" }) });
const notFound = { 404: "No such certificate in the API client's tenant" };

/** The operations other systems call with an API client's token: DIVOC's certify, update and revoke, and pre-enrolment. */
export const clientOperations = (): TApiOperation[] => [
  {
    method: "post",
    path: "/api/v1/certify",
    tag: "Certification",
    auth: "apiToken",
    permission: "certificate:issue",
    summary: "DIVOC certification requests in, their signed certificates out, synchronously or asynchronously",
    description:
      "A repeated request (same `Idempotency-Key`, or same recipient, programme and dose) returns the certificate " +
      "already issued. Without `programId`, the programme is the tenant's one with a vaccine of that name. " +
      "With `Prefer: respond-async` the body is checked and the answer is a 202 with a transaction id at once; " +
      "`GET /api/v1/transactions/{id}` then gives its state, and the API client's webhook, if it has one, " +
      "receives its answer signed with HMAC-SHA256 in `X-Vax-Signature` when it finishes.",
    headers: z.object({
      "Idempotency-Key": ZIdempotencyKey.unwrap().optional(),
      Prefer: z.string().optional().meta({ description: "`respond-async` for a 202 and a transaction id" }),
    }),
    body: { schema: ZCertifyBatch, maxBytes: CERTIFY_BODY_LIMIT },
    success: { status: 200, description: "The certificates, in the order of the requests", schema: ZCertifyAnswer },
    otherSuccesses: [
      {
        status: 202,
        description: "With `Prefer: respond-async`: the transaction to ask about",
        schema: ZCertifyAccepted,
      },
    ],
    errors: {
      409: "The `Idempotency-Key` was used before with another body",
      422: "A row cannot be certified; `details` names the row and the field",
      429: "Over the API client's rate",
    },
  },
  {
    method: "get",
    path: "/api/v1/transactions/{id}",
    tag: "Certification",
    auth: "apiToken",
    permission: "certificate:issue",
    summary: "An asynchronous certify call's state, and its certificates (done) or row errors (failed)",
    pathParams: ZTransactionPath,
    success: { status: 200, description: "The transaction", schema: ZCertifyTransactionAnswer },
    errors: { 404: "No such transaction in the API client's tenant" },
  },
  {
    method: "put",
    path: "/api/v1/certificate",
    tag: "Certification",
    auth: "apiToken",
    permission: "certificate:update",
    summary: "DIVOC's update: certification requests naming certificates by pre-enrolment code and dose, corrected",
    body: { schema: ZCertifyBatch, maxBytes: CERTIFY_BODY_LIMIT },
    success: { status: 200, description: "The new versions of the certificates", schema: ZCertifyAnswer },
    errors: { ...notFound, 422: "A row cannot be updated; `details` names the row and the field" },
  },
  ...(["revoke", "suspend", "reinstate"] as const).map(
    (change): TApiOperation => ({
      method: "post",
      path: `/api/v1/certificates/{id}/${change}`,
      tag: "Certificate status",
      auth: "apiToken",
      permission: "certificate:revoke",
      summary: {
        revoke: "Revoke a certificate",
        suspend: "Suspend a certificate, until reinstated or until a time",
        reinstate: "End a certificate's suspension",
      }[change],
      pathParams: ZCertificatePath,
      body: { schema: ZCertificateStatusChange },
      success: { status: 200, description: "The certificate's new status", schema: ZCertificateStatusAnswer },
      errors: { ...notFound, 409: "The certificate's status does not allow this change" },
    }),
  ),
  {
    method: "delete",
    path: "/api/v1/certificates/{id}",
    tag: "Certificate status",
    auth: "apiToken",
    permission: "certificate:revoke",
    summary: "DIVOC's revoke of a pre-enrolment's doses (`?doses=1,2` or `?allDoses=true`)",
    pathParams: z.object({ id: z.string().meta({ description: "The pre-enrolment code" }) }),
    query: ZDivocRevokeQuery,
    success: { status: 200, description: "The certificates revoked", schema: ZRevokedDoses },
    errors: { 404: "No certificate for that pre-enrolment code and dose" },
  },
  {
    method: "post",
    path: "/api/v1/pre-enrolments",
    tag: "Pre-enrolments",
    auth: "apiToken",
    permission: "recipient:write",
    summary: "Pre-enrol a recipient in a programme under a pre-enrolment code",
    body: { schema: ZPreEnrolmentInput },
    success: { status: 201, description: "The pre-enrolment", schema: ZPreEnrolmentView },
    errors: { 409: "The pre-enrolment code is taken" },
  },
];
