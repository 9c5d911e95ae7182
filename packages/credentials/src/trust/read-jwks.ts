import { z } from "zod";
import type { TrustedIssuer, TrustKey } from "../verify/types.ts";
import { MAX_TRUST_ENTRIES } from "./limits.ts";
import { checkPublicJwk, RefusedKeyError } from "./read-key.ts";
import { describeIssues, label, type RefusedTrustItem, TrustDocumentError } from "./refusals.ts";

/** A JSON Web Key Set, before its keys are checked one by one. */
export const ZJwksDocument = z.object({
  keys: z.array(z.unknown()).max(MAX_TRUST_ENTRIES, `more than ${MAX_TRUST_ENTRIES} keys`),
});

const ZIssuerUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2_048);

/**
 * Reads a JWKS published by one issuer (an SHC issuer's `/.well-known/jwks.json`): a JWKS does not say whose it
 * is, so the issuer URL comes with it and becomes the entry's only id (and its name, until someone renames it).
 */
export const readJwks = async (
  input: Record<string, unknown>,
  issuerUrl: string | undefined,
): Promise<{ issuers: TrustedIssuer[]; refused: RefusedTrustItem[] }> => {
  if (issuerUrl === undefined || issuerUrl.trim() === "") {
    throw new TrustDocumentError(
      "A JWKS does not name its issuer: give the issuer URL it belongs to (e.g. https://issuer.example/).",
    );
  }
  const url = ZIssuerUrl.safeParse(issuerUrl.trim());
  if (!url.success) throw new TrustDocumentError(`The issuer URL ${label(issuerUrl)} ${describeIssues(url.error)}.`);
  const parsed = ZJwksDocument.safeParse(input);
  if (!parsed.success) throw new TrustDocumentError(`The JWKS cannot be read: ${describeIssues(parsed.error)}.`);
  const refused: RefusedTrustItem[] = [];
  const keys: TrustKey[] = [];
  for (const [index, raw] of parsed.data.keys.entries()) {
    const kid = (raw as { kid?: unknown } | null)?.kid;
    const item = `key ${index + 1}${typeof kid === "string" ? ` (kid ${label(kid)})` : ""}`;
    try {
      const jwk = await checkPublicJwk(raw);
      keys.push({ ...(typeof jwk.kid === "string" ? { kid: jwk.kid } : {}), publicKeyJwk: jwk });
    } catch (error) {
      if (!(error instanceof RefusedKeyError)) throw error;
      refused.push({ item, reason: error.message });
    }
  }
  const issuers = keys.length ? [{ name: url.data, ids: [url.data], keys }] : [];
  return { issuers, refused };
};
