import type { TApiOperation } from "@vax/core/openapi";
import {
  ZVcIssueAnswer,
  ZVcIssueRequest,
  ZVcProblemDetails,
  ZVcStatusAnswer,
  ZVcStatusRequest,
} from "@vax/core/schemas";

const problemDetails = { schema: ZVcProblemDetails, mediaType: "application/problem+json" };

/** The W3C VC API (VCALM) operations of the facility app, called with an API client's token. */
export const vcApiOperations = (): TApiOperation[] => [
  {
    method: "post",
    path: "/api/v1/credentials/issue",
    tag: "W3C VC API",
    auth: "apiToken",
    permission: "credential:issue",
    summary: "Issue a credential of one of the tenant's credential schemas (VCALM issueCredential)",
    description:
      "`credential.type` names the schema (`VerifiableCredential` and its type); `@context` is the VC 2.0 " +
      "context, optionally followed by the schema version's own (which chooses an older version). `issuer` is " +
      "left out or the tenant's DID. The subject is checked against the schema (a problem detail lists each " +
      "field); the credential is signed (eddsa-rdfc-2022), given revocation and suspension entries and stored. " +
      "`options.credentialId` (or `credential.id`) identifies the request: a repeat answers the credential " +
      "issued the first time, another body under it is 409; the issued credential's `id` is ours. " +
      "`mandatoryPointers` are accepted and always met (every field is disclosed).",
    body: { schema: ZVcIssueRequest },
    success: { status: 201, description: "The signed credential", schema: ZVcIssueAnswer },
    errors: {
      409: "The `credentialId` was used before with another credential",
      422: "The schema or its version is retired, or is the vaccination schema (issued from doses)",
    },
    errorBody: problemDetails,
  },
  {
    method: "post",
    path: "/api/v1/credentials/status",
    tag: "W3C VC API",
    auth: "apiToken",
    permission: "certificate:revoke",
    summary: "Set or clear a credential's revocation or suspension entry (VCALM updateCredentialStatus)",
    description:
      "`credentialId` is the certificate id or the credential's `id` (a certificate, or a credential issued here). Revocation `true` revokes; suspension " +
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
