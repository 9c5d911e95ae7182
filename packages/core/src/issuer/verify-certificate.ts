import { combineStatusLookups, isInputTooLarge, type VerifyResult, verify } from "@vax/credentials/verify";
import { publishedRules } from "../business-rule/published-rules";
import { AppError } from "../errors";
import { publishedRevocationLookup } from "../revocation-lists/published-revocation-lookup";
import { platformStatusLookup } from "./status-lookup";
import { platformTrustList } from "./trust-list";

/**
 * Options for {@link verifyCertificate}: QR text, or a credential as JSON; with a destination country the published
 * business rules judge it too (the destination's acceptance rules, the issuing country's invalidation rules).
 */
export type VerifyCertificateOptions = { input: string | Record<string, unknown>; now?: Date; destination?: string };

/**
 * Verifies a certificate on the server against the platform's trust list and status lists: the
 * same check, with the same answer, as the verify app runs in the browser. Throws PAYLOAD_TOO_LARGE
 * when the certificate is refused unread for its size (a ZIP, zlib or CBOR bomb, or JSON nested
 * deeper than any certificate), so that the caller is told 413 rather than a verdict.
 */
export const verifyCertificate = async ({
  input,
  now,
  destination,
}: VerifyCertificateOptions): Promise<VerifyResult> => {
  const rules = destination ? (await publishedRules(now)).rules : undefined;
  const result = await verify(input, {
    ...(rules ? { rules, destination } : {}),
    trust: await platformTrustList(),
    status: combineStatusLookups(platformStatusLookup(), publishedRevocationLookup()),
    ...(now ? { now } : {}),
  });
  if (isInputTooLarge(result)) {
    const reason = result.checks.find((check) => check.status === "failed")?.reason ?? "The input is too large.";
    throw new AppError("PAYLOAD_TOO_LARGE", reason, [{ path: "", message: reason }]);
  }
  return result;
};
