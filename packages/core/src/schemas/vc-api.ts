import { z } from "zod";

// The W3C VC API (VCALM, w3c/vcalm @ 24d8fc0) request and answer bodies. The specification says an
// endpoint "MUST throw an error if [it] receives data, options, or option values that it does not
// understand", so every object here is strict: an unknown key is refused, never ignored.

const ZJsonObject = z.record(z.string(), z.unknown());

/** A ProblemDetails object (RFC 9457) as the VC API reports errors, with our named check or per-field list when there is one. */
export const ZVcProblemDetails = z
  .object({
    type: z.string().meta({ description: "A URL naming the kind of problem" }),
    title: z.string().meta({ example: "CRYPTOGRAPHIC_SECURITY_ERROR" }),
    detail: z.string().optional(),
    status: z.number().int().optional().meta({ description: "The HTTP status, on a refused request" }),
    check: z.string().optional().meta({ description: "The verification check that failed (our named checks)" }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: "Each field of the request that was refused, and why" }),
  })
  .meta({ id: "VcProblemDetails" });

/** A ProblemDetails object. */
export type TVcProblemDetails = z.infer<typeof ZVcProblemDetails>;

/** `options` of `POST /credentials/verify` (VerifyCredentialOptions). */
export const ZVcVerifyOptions = z
  .object({
    returnResults: z.boolean().optional().meta({ description: "Include `results`, one entry per property checked" }),
    returnProblemDetails: z
      .boolean()
      .optional()
      .meta({ description: "Include `problemDetails` (default true; false leaves them out)" }),
    returnCredential: z.boolean().optional().meta({ description: "Include the credential verified as `credential`" }),
  })
  .strict();

/** The body of `POST /credentials/verify`: the verifiable credential, and options. */
export const ZVcVerifyRequest = z
  .object({
    verifiableCredential: ZJsonObject.meta({
      description: "The verifiable credential as JSON (W3C VC 2.0 or 1.1, or a DIVOC certificate)",
    }),
    options: ZVcVerifyOptions.optional(),
  })
  .strict()
  .meta({ id: "VcVerifyCredentialRequest" });

/** A verify request. */
export type TVcVerifyRequest = z.infer<typeof ZVcVerifyRequest>;

const ZVcCheck = z.object({
  name: z.string(),
  status: z.enum(["passed", "failed", "skipped"]),
  reason: z.string(),
});

// One property's result: whether it verified, the value checked, and our named checks that judged it.
const ZVcPropertyResult = z.object({
  verified: z.boolean(),
  input: z.unknown(),
  checks: z.array(ZVcCheck),
});

/** The VC API verification result (VerificationResult). */
export const ZVcVerificationResult = z
  .object({
    verified: z.boolean(),
    credential: ZJsonObject.optional(),
    problemDetails: z.array(ZVcProblemDetails).optional(),
    results: z
      .object({
        validFrom: ZVcPropertyResult.optional(),
        validUntil: ZVcPropertyResult.optional(),
        credentialSchema: z.array(ZVcPropertyResult).optional(),
        credentialStatus: z.array(ZVcPropertyResult.extend({ value: z.number().int().optional() })).optional(),
        proof: z.array(ZVcPropertyResult).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: "VcVerificationResult" });

/** A VC API verification result. */
export type TVcVerificationResult = z.infer<typeof ZVcVerificationResult>;

/** The body of `POST /credentials/status` (UpdateCredentialStatusRequest). */
export const ZVcStatusRequest = z
  .object({
    credentialId: z
      .string()
      .trim()
      .min(1, "credentialId is empty")
      .max(200)
      .meta({ description: "The certificate id (`7K3M-9QPA-2XR5`) or the credential's id (`urn:vax:certificate:…`)" }),
    credentialStatus: z
      .object({
        type: z.enum(["BitstringStatusList", "BitstringStatusListEntry"]),
        statusPurpose: z.enum(["revocation", "suspension"]),
        id: z.string().max(2_048).optional(),
        statusListIndex: z.string().max(20).optional(),
        statusListCredential: z.string().max(2_048).optional(),
      })
      .strict()
      .meta({ description: "The status entry to change; the index and list, when given, must be the credential's" }),
    status: z.boolean().meta({
      description:
        "true sets the entry (revoke, suspend); false clears it (reinstate a suspension; a revocation cannot be cleared)",
    }),
  })
  .strict()
  .meta({ id: "VcUpdateCredentialStatusRequest" });

/** A status request. */
export type TVcStatusRequest = z.infer<typeof ZVcStatusRequest>;

/** The answer of `POST /credentials/status`: the credential's status after the change. */
export const ZVcStatusAnswer = z
  .object({
    credentialId: z.string(),
    certificateId: z.string(),
    status: z.enum(["ACTIVE", "SUSPENDED", "REVOKED", "SUPERSEDED"]),
  })
  .meta({ id: "VcCredentialStatusAnswer" });

/** The VC Data Model 2.0 base context, the first of every credential we issue. */
export const VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

// RFC 6901: the whole document, or a path of /-separated tokens in which ~ only escapes ~0 and ~1.
const ZJsonPointer = z.string().regex(/^(\/([^~/]|~[01])*)*$/, "A mandatory pointer is a JSON pointer (RFC 6901)");

/** `options` of `POST /credentials/issue` (IssueCredentialOptions, and the status entry older versions asked with). */
export const ZVcIssueOptions = z
  .object({
    credentialId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: "The caller's id of this credential: a repeat with the same id returns the one issued" }),
    mandatoryPointers: z
      .array(ZJsonPointer)
      .max(100)
      .optional()
      .meta({ description: "Accepted: our proofs (eddsa-rdfc-2022) disclose every field, so each is always revealed" }),
    credentialStatus: z
      .object({ type: z.enum(["BitstringStatusListEntry", "BitstringStatusList"]) })
      .strict()
      .optional()
      .meta({ description: "Every credential gets revocation and suspension entries; this may only ask for those" }),
  })
  .strict();

/** The credential to issue: the schema's type and context, the subject, and optionally its id, issuer and validity. */
export const ZVcIssueCredential = z
  .object({
    "@context": z
      .array(z.string().max(2_048))
      .min(1)
      .max(10)
      .refine((contexts) => contexts[0] === VC_V2_CONTEXT, `The first @context is ${VC_V2_CONTEXT} (VC 2.0)`),
    type: z
      .array(z.string().max(200))
      .min(2, "type is VerifiableCredential and the credential schema's type")
      .max(5)
      .refine((types) => types.includes("VerifiableCredential"), "type includes VerifiableCredential"),
    id: z.string().max(2_048).optional(),
    issuer: z
      .union([z.string().max(2_048), z.object({ id: z.string().max(2_048) }).strict()])
      .optional()
      .meta({ description: "Left out, or the tenant's own issuer DID" }),
    validFrom: z.iso.datetime({ offset: true }).optional(),
    validUntil: z.iso.datetime({ offset: true }).optional(),
    credentialSubject: ZJsonObject,
  })
  .strict();

/** The body of `POST /credentials/issue`: the credential without proof, and options. */
export const ZVcIssueRequest = z
  .object({ credential: ZVcIssueCredential, options: ZVcIssueOptions.optional() })
  .strict()
  .meta({ id: "VcIssueCredentialRequest" });

/** An issue request. */
export type TVcIssueRequest = z.infer<typeof ZVcIssueRequest>;

/** The answer of `POST /credentials/issue` (201): the signed credential. */
export const ZVcIssueAnswer = z.object({ verifiableCredential: ZJsonObject }).meta({ id: "VcIssueCredentialAnswer" });
