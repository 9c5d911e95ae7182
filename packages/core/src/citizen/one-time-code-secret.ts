import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "@vax/config/env";

const secretKey = (): Buffer => {
  if (!env.NEXTAUTH_SECRET) {
    throw new Error(
      "NEXTAUTH_SECRET is not set: one-time codes are hashed with it. Start with `npm start` (which makes one) or set it",
    );
  }
  // A key of its own, derived from the session secret, so a code hash can never pass for a session signature.
  return createHmac("sha256", env.NEXTAUTH_SECRET).update("vax one-time code v1").digest();
};

/** A fresh six-digit code from the operating system's CSPRNG, every value equally likely. */
export const newOneTimeCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, "0");

/**
 * The stored form of a code: HMAC-SHA256 under a server secret that is not in the database, over
 * the mobile number and the code. A plain or slow hash would not protect six digits: a stolen
 * table is reversed by trying all million codes; without the secret it cannot be.
 */
export const hashOneTimeCode = (mobile: string, code: string): string =>
  createHmac("sha256", secretKey()).update(`${mobile}:${code}`).digest("hex");

/** Whether a presented code matches a stored hash, in constant time. */
export const oneTimeCodeMatches = (codeHash: string, mobile: string, code: string): boolean => {
  const presented = Buffer.from(hashOneTimeCode(mobile, code), "hex");
  const stored = Buffer.from(codeHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
};
