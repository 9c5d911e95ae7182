import jsigs from "jsonld-signatures";
import { signatureValueProblem } from "../limits.ts";
import type { DocumentLoader } from "./document-loader.ts";
import { shareContextDefinitions } from "./shared-context-clone.ts";
import { getVerifyingSuites } from "./verifying-suites.ts";

/** One named check of a verification, with a reason a person can read. */
export type W3cCheck = {
  name: "format" | "signature" | "issuer";
  status: "passed" | "failed" | "skipped";
  reason: string;
};

/** The outcome of {@link verifyW3cCredential}. */
export type W3cVerification = { verified: boolean; issuer?: string; verificationMethod?: string; checks: W3cCheck[] };

/** Options for {@link verifyW3cCredential}. */
export type VerifyW3cCredentialOptions = { credential: unknown; documentLoader: DocumentLoader };

const { AssertionProofPurpose } = jsigs.purposes;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Why the value is not a W3C credential with one proof this module can check, or undefined when it is one. */
export const w3cFormatProblem = (credential: unknown): string | undefined => {
  if (!isObject(credential)) return "The credential is not a JSON object.";
  if (credential["@context"] === undefined) return "The credential has no @context.";
  const types = [credential.type].flat();
  if (!types.includes("VerifiableCredential")) return 'The credential\'s type does not include "VerifiableCredential".';
  if (issuerOf(credential) === undefined) return "The credential names no issuer.";
  if (!isObject(credential.proof)) return "The credential carries no single proof object.";
  if (typeof credential.proof.verificationMethod !== "string") return "The proof names no verification method.";
  return signatureValueProblem(credential.proof);
};

const issuerOf = (credential: Record<string, unknown>): string | undefined => {
  const { issuer } = credential;
  if (typeof issuer === "string") return issuer;
  if (isObject(issuer) && typeof issuer.id === "string") return issuer.id;
  return undefined;
};

type NestedError = Error & { errors?: NestedError[]; cause?: NestedError; details?: { cause?: NestedError } };

// jsonld wraps the loader's own error ("not bundled … never fetched") in a generic "Dereferencing a
// URL …" one that reads as if something was fetched: the innermost cause says what really happened.
const firstError = (error: Error | undefined): string => {
  let cause = (error as NestedError | undefined)?.errors?.[0] ?? (error as NestedError | undefined);
  for (let depth = 0; depth < 8 && cause; depth++) {
    const inner: NestedError | undefined = cause.errors?.[0] ?? cause.details?.cause ?? cause.cause;
    if (!inner || !(inner instanceof Error)) break;
    cause = inner;
  }
  if (cause?.message === "Safe mode validation error.") {
    return "it uses a term or type its JSON-LD contexts do not define, so it was changed after signing or made wrongly.";
  }
  return cause?.message ?? "unknown error";
};

/** The format check's reason for a credential {@link w3cFormatProblem} finds nothing wrong with. */
export const W3C_FORMAT_PASSED = "A W3C verifiable credential with one proof.";

/** Verifies a W3C credential's Data Integrity or Ed25519Signature2020 proof; never throws. */
export const verifyW3cCredential = async (options: VerifyW3cCredentialOptions): Promise<W3cVerification> => {
  const { credential, documentLoader } = options;
  const problem = w3cFormatProblem(credential);
  if (problem !== undefined || !isObject(credential)) {
    return {
      verified: false,
      checks: [
        { name: "format", status: "failed", reason: problem ?? "The credential is not a JSON object." },
        { name: "signature", status: "skipped", reason: "The credential could not be read." },
        { name: "issuer", status: "skipped", reason: "The credential could not be read." },
      ],
    };
  }
  const issuer = issuerOf(credential) as string;
  const verificationMethod = (credential.proof as { verificationMethod: string }).verificationMethod;
  const format: W3cCheck = { name: "format", status: "passed", reason: W3C_FORMAT_PASSED };
  const result = (checks: W3cCheck[]): W3cVerification => ({
    verified: checks.every((check) => check.status !== "failed"),
    issuer,
    verificationMethod,
    checks: [format, ...checks],
  });
  const signature = await checkSignature(credential, verificationMethod, documentLoader);
  // A key may only speak for the DID that controls it, so the proof's key must belong to the issuer.
  const issuerCheck: W3cCheck =
    verificationMethod.split("#")[0] === issuer
      ? { name: "issuer", status: "passed", reason: `The signing key belongs to the issuer ${issuer}.` }
      : {
          name: "issuer",
          status: "failed",
          reason: `The signing key ${verificationMethod} does not belong to the issuer ${issuer}.`,
        };
  return result([signature, issuerCheck]);
};

const checkSignature = async (
  credential: Record<string, unknown>,
  verificationMethod: string,
  documentLoader: DocumentLoader,
): Promise<W3cCheck> => {
  try {
    await shareContextDefinitions();
    const outcome = await jsigs.verify(credential, {
      suite: getVerifyingSuites(),
      purpose: new AssertionProofPurpose(),
      documentLoader,
    });
    if (outcome.verified) {
      return { name: "signature", status: "passed", reason: `Signed by ${verificationMethod}.` };
    }
    const reason = `The signature does not match the credential: ${firstError(outcome.error)}`;
    return { name: "signature", status: "failed", reason };
  } catch (error) {
    const reason = `The signature could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    return { name: "signature", status: "failed", reason };
  }
};
