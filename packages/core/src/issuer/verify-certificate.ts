import { type VerifyResult, verify } from "@vax/credentials/verify";
import { platformStatusLookup } from "./status-lookup";
import { platformTrustList } from "./trust-list";

/** Options for {@link verifyCertificate}: QR text, or a credential as JSON. */
export type VerifyCertificateOptions = { input: string | Record<string, unknown>; now?: Date };

/**
 * Verifies a certificate on the server against the platform's trust list and status lists: the
 * same check, with the same answer, as the verify app runs in the browser.
 */
export const verifyCertificate = async ({ input, now }: VerifyCertificateOptions): Promise<VerifyResult> =>
  verify(input, { trust: await platformTrustList(), status: platformStatusLookup(), ...(now ? { now } : {}) });
