import { AppError } from "../errors";
import { verifyCertificate } from "../issuer/verify-certificate";
import type { TVcVerificationResult, TVcVerifyRequest } from "../schemas/vc-api";
import { vcVerificationResult } from "./verification-result";

/** Options for {@link verifyVcCredential}: the VC API request, and the time to judge validity at. */
export type VerifyVcCredentialOptions = TVcVerifyRequest & { now?: Date };

/**
 * Verifies a credential for `POST /credentials/verify` of the VC API: the same check as our verify
 * API (the platform's trust list and status lists), answered in the VC API's result shape.
 * VALIDATION_FAILED for an enveloped credential (a `data:` URL of another media type), which no
 * format we read arrives as; PAYLOAD_TOO_LARGE as {@link verifyCertificate} says.
 */
export const verifyVcCredential = async ({
  verifiableCredential,
  options,
  now,
}: VerifyVcCredentialOptions): Promise<TVcVerificationResult> => {
  if (verifiableCredential.type === "EnvelopedVerifiableCredential") {
    throw new AppError("VALIDATION_FAILED", "Enveloped credentials are not verified here; send the credential itself", [
      { path: "verifiableCredential.type", message: "EnvelopedVerifiableCredential is not supported" },
    ]);
  }
  const result = await verifyCertificate({ input: verifiableCredential, ...(now ? { now } : {}) });
  return vcVerificationResult(result, verifiableCredential, options);
};
