import { OWN_PROBLEM_TYPES } from "@vax/core";
import { buildApiDocument, commonOperations, type TApiOperation } from "@vax/core/openapi";
import {
  ZDccRevocationList,
  ZDccRevocationLists,
  ZDccRevocationPartitions,
  ZDscList,
  ZPublishedRules,
  ZTrustList,
  ZVcProblemDetails,
  ZVcVerificationResult,
  ZVcVerifyRequest,
  ZVerifyRequest,
  ZVerifyResult,
} from "@vax/core/schemas";
import { z } from "zod";
import { ZDccKid, ZDccSlicePath } from "../dcc-kid-path";

const ZKidPath = z.object({ kid: ZDccKid.meta({ description: "The DSC's kid, base64 or base64url" }) });
const revocationList = (
  suffix: string,
  summary: string,
  answer: { schema: z.ZodType } | { mediaType: string },
): TApiOperation => ({
  method: "get",
  path: `/api/v1/dcc-revocation/lists${suffix}`,
  tag: "EU DCC revocation",
  auth: "public",
  summary,
  description: "Cached briefly, with an entity tag: `If-None-Match` answers 304 when unchanged.",
  success: { status: 200, description: "The list", ...answer },
  errors: { 404: "No such list" },
});

// The problem types of our own that VC API answers name, each `<this app>/api/docs#problem-<TITLE>`.
const problemTypesText =
  `Problem types of our own (\`/api/docs#problem-<TITLE>\`, listed there): ${OWN_PROBLEM_TYPES.map(({ title }) => title).join(", ")}. ` +
  "The others are the VC Data Model's (PARSING_ERROR, MALFORMED_VALUE_ERROR, CRYPTOGRAPHIC_SECURITY_ERROR) and " +
  "VCALM's (UNKNOWN_OPTION_PROVIDED).";

const operations = (): TApiOperation[] => [
  {
    method: "post",
    path: "/api/v1/verify",
    tag: "Verification",
    auth: "public",
    summary: "The same check the verify page runs in the browser, on the server",
    description:
      "Send `{qr}` or `{credential}`. An optional `trust` (our trust list, an EU DCC / WHO GDHCN DSC list, or a " +
      "JWKS with `trustIssuer`) adds issuers to the platform's list for this request only. A `trust` that cannot " +
      "be read at all is 400; items of it that cannot be trusted are listed in `trustRefused`.",
    body: { schema: ZVerifyRequest },
    success: { status: 200, description: "The verdict and each named check", schema: ZVerifyResult },
  },
  {
    method: "post",
    path: "/api/v1/credentials/verify",
    tag: "W3C VC API",
    auth: "public",
    summary: "Verify a credential as the W3C VC API (VCALM verifyCredential) says, with the checks of /api/v1/verify",
    description:
      "`verified` is our verdict; each failed check is a problem detail (its `check` and `detail` say which and " +
      "why); `options.returnResults` adds the proof, validity, status and schema results with every named check, " +
      "`options.returnCredential` the credential, and `options.returnProblemDetails: false` leaves the problems " +
      `out. An unknown option is refused (UNKNOWN_OPTION_PROVIDED). ${problemTypesText}`,
    body: { schema: ZVcVerifyRequest },
    success: { status: 200, description: "The verification result", schema: ZVcVerificationResult },
    errorBody: { schema: ZVcProblemDetails, mediaType: "application/problem+json" },
  },
  {
    method: "get",
    path: "/api/v1/trust-list",
    tag: "Trust",
    auth: "public",
    summary:
      "The issuers this verifier trusts, in the trust-list shape of docs/architecture.md, with when it was issued and until when a kept copy may be relied on (a week)",
    success: { status: 200, description: "The trust list", schema: ZTrustList },
  },
  {
    method: "get",
    path: "/api/v1/rules",
    tag: "Trust",
    auth: "public",
    summary: "The business rules verifiers judge by (EU DCC rule format), kept for offline use until validUntil",
    success: { status: 200, description: "Every active rule not yet expired", schema: ZPublishedRules },
  },
  {
    method: "get",
    path: "/api/v1/dsc-list",
    tag: "Trust",
    auth: "public",
    summary: "The tenants' EU DCC Document Signer Certificates, as DCC verifiers import them",
    success: {
      status: 200,
      description: "`[{kid, country, certificateType, rawData, thumbprint}]`, the EU DCC gateway and WHO GDHCN shape",
      schema: ZDscList,
    },
  },
  revocationList("", "The EU DCC revocation lists, one per DSC kid (the distribution service's /lists)", {
    schema: ZDccRevocationLists,
  }),
  {
    ...revocationList("/{kid}/hashes", "One DSC's revocation hashes, in the JSON form the verify page reads", {
      schema: ZDccRevocationList,
    }),
    pathParams: ZKidPath,
  },
  {
    ...revocationList("/{kid}/partitions", "The kid's partitions, chunks and slices (distribution service shape)", {
      schema: ZDccRevocationPartitions,
    }),
    pathParams: ZKidPath,
  },
  {
    ...revocationList("/{kid}/partitions/{id}/chunks/{cid}/slices", "The chunk's VARHASHLIST slices, gzipped", {
      mediaType: "application/octet-stream",
    }),
    pathParams: ZDccSlicePath.extend({ kid: ZKidPath.shape.kid }),
  },
];

/** The verify app's OpenAPI document, served at `/api/openapi.json` and shown at `/api/docs`. */
export const verifyApiDocument = () =>
  buildApiDocument({
    app: "verify",
    title: "Verify API",
    description:
      "Check a certificate on the server, and fetch what verifiers need to check offline: the trust list, " +
      "the EU DCC Document Signer Certificates and revocation lists. Public; no sign-in.",
    version: "1",
    operations: [...commonOperations(), ...operations()],
  });
