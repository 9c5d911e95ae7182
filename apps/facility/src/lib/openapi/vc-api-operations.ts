import type { TApiOperation } from "@vax/core/openapi";
import { ZVcProblemDetails, ZVcStatusAnswer, ZVcStatusRequest } from "@vax/core/schemas";

const problemDetails = { schema: ZVcProblemDetails, mediaType: "application/problem+json" };

/** The W3C VC API (VCALM) operations of the facility app, called with an API client's token. */
export const vcApiOperations = (): TApiOperation[] => [
  {
    method: "post",
    path: "/api/v1/credentials/status",
    tag: "W3C VC API",
    auth: "apiToken",
    permission: "certificate:revoke",
    summary: "Set or clear a credential's revocation or suspension entry (VCALM updateCredentialStatus)",
    description:
      "`credentialId` is the certificate id or the credential's `id`. Revocation `true` revokes; suspension " +
      "`true` suspends and `false` reinstates; a revocation cannot be cleared. The change is published in the " +
      "status list within seconds, as the certificate routes do. Errors are RFC 9457 problem details.",
    body: { schema: ZVcStatusRequest },
    success: { status: 200, description: "The credential's status after the change", schema: ZVcStatusAnswer },
    errors: {
      404: "No such credential in the API client's tenant",
      409: "The credential's status does not allow this change (already revoked, not suspended)",
    },
    errorBody: problemDetails,
  },
];
