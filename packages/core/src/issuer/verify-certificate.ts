import type { RefusedTrustItem } from "@vax/credentials/trust";
import { combineStatusLookups, isInputTooLarge, type VerifyResult, verify } from "@vax/credentials/verify";
import { publishedRules } from "../business-rule/published-rules";
import { AppError } from "../errors";
import { publishedRevocationLookup } from "../revocation-lists/published-revocation-lookup";
import { addRequestTrust } from "./request-trust";
import { platformStatusLookup } from "./status-lookup";
import { platformTrustList } from "./trust-list";

/**
 * Options for {@link verifyCertificate}: QR text, or a credential as JSON; optionally a trust document (trust list,
 * DSC list, or JWKS with its `trustIssuer`) whose issuers are trusted for this verification only; with a
 * destination country the published business rules judge it too (the destination's acceptance rules, the issuing
 * country's invalidation rules).
 */
export type VerifyCertificateOptions = {
  input: string | Record<string, unknown>;
  now?: Date;
  trust?: unknown;
  trustIssuer?: string;
  destination?: string;
};

/** The verification result, with the items of the request's own trust document that were not trusted. */
export type VerifyCertificateResult = VerifyResult & { trustRefused?: RefusedTrustItem[] };

/**
 * Verifies a certificate on the server against the platform's trust list (with the caller's own trust
 * document added for this verification only) and status lists: the same check, with the same answer,
 * as the verify app runs in the browser. Throws VALIDATION_FAILED for a trust document that cannot be
 * read at all, and PAYLOAD_TOO_LARGE
 * when the certificate is refused unread for its size (a ZIP, zlib or CBOR bomb, or JSON nested
 * deeper than any certificate), so that the caller is told 413 rather than a verdict.
 */
export const verifyCertificate = async ({
  input,
  now,
  trust: requestTrust,
  trustIssuer,
  destination,
}: VerifyCertificateOptions): Promise<VerifyCertificateResult> => {
  const { trust, refused } = await addRequestTrust(await platformTrustList(), {
    trust: requestTrust,
    trustIssuer,
    now: now ?? new Date(),
  });
  const rules = destination ? (await publishedRules(now)).rules : undefined;
  const result = await verify(input, {
    ...(rules ? { rules, destination } : {}),
    trust,
    status: combineStatusLookups(platformStatusLookup(), publishedRevocationLookup()),
    ...(now ? { now } : {}),
  });
  if (isInputTooLarge(result)) {
    const reason = result.checks.find((check) => check.status === "failed")?.reason ?? "The input is too large.";
    throw new AppError("PAYLOAD_TOO_LARGE", reason, [{ path: "", message: reason }]);
  }
  return refused?.length ? { ...result, trustRefused: refused } : result;
};
