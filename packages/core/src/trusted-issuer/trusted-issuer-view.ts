import type { TrustKey } from "@vax/credentials/verify";
import type { TrustedIssuer } from "@vax/db";

/** A trusted issuer entry as the API answers it, with how many keys it holds. */
export type TTrustedIssuerView = Omit<TrustedIssuer, "keys" | "contexts"> & {
  keys: TrustKey[];
  keyCount: number;
  contexts: Record<string, unknown> | null;
};

/** The keys stored for an entry; a malformed column reads as none rather than failing the whole list. */
export const storedKeys = (keys: unknown): TrustKey[] => (Array.isArray(keys) ? (keys as TrustKey[]) : []);

/** The contexts stored for an entry, by URL, or null. */
export const storedContexts = (contexts: unknown): Record<string, unknown> | null =>
  contexts && typeof contexts === "object" && !Array.isArray(contexts) ? (contexts as Record<string, unknown>) : null;

/** Shapes a stored entry for the API. */
export const trustedIssuerView = (issuer: TrustedIssuer): TTrustedIssuerView => {
  const keys = storedKeys(issuer.keys);
  return { ...issuer, keys, keyCount: keys.length, contexts: storedContexts(issuer.contexts) };
};
