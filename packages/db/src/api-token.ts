import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A freshly made API client token: the whole token (shown once) and what is stored. */
export type NewApiToken = { token: string; tokenPrefix: string; secretHash: string };

const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/**
 * Makes an API token `vax_<prefix>_<secret>`. The prefix finds the client; only a SHA-256 of the
 * 256-bit secret is kept (a slow hash adds nothing for a random secret of that size).
 */
export const createApiToken = (
  prefix = randomBytes(6).toString("hex"),
  secret = randomBytes(32).toString("base64url"),
): NewApiToken => ({
  token: `vax_${prefix}_${secret}`,
  tokenPrefix: prefix,
  secretHash: hashSecret(secret),
});

/** Splits a presented token into its prefix and secret, or undefined when it is not one of ours. */
export const parseApiToken = (token: string): { prefix: string; secret: string } | undefined => {
  const match = /^vax_([0-9a-f]{12})_([A-Za-z0-9_-]{20,})$/.exec(token.trim());
  return match?.[1] && match[2] ? { prefix: match[1], secret: match[2] } : undefined;
};

/** Checks a presented secret against the stored hash in constant time. */
export const verifyApiSecret = (secret: string, secretHash: string): boolean => {
  const presented = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(secretHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
};
