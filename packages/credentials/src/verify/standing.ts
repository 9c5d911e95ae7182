import type { CheckList } from "./checks.ts";
import { findIssuer } from "./trust.ts";
import type { RevokedKey, TrustedIssuer, TrustList } from "./types.ts";

/**
 * What a certificate names that the trust list may have withdrawn: its issuer (by identifier, or
 * the entry already found by key) and its signing key's kid.
 */
export type StandingQuery = { issuerId?: string; issuer?: TrustedIssuer; kid?: string };

const day = (iso: string | undefined) => (iso ? ` on ${iso.slice(0, 10)}` : "");

const revokedEntry = (trust: TrustList, kid: string): { issuer: TrustedIssuer; key: RevokedKey } | undefined => {
  for (const issuer of trust.issuers ?? []) {
    const key = Array.isArray(issuer?.revokedKeys) ? issuer.revokedKeys.find((entry) => entry?.kid === kid) : undefined;
    if (key) return { issuer, key };
  }
  return undefined;
};

/**
 * Sets, before a format's own checks, what the trust list says against a certificate: an issuer
 * the list marks deactivated fails "issuer trusted"; a key its issuer revoked fails "key status"
 * with the issuer's reason, and its signature is not checked, since the key no longer vouches for
 * anything. Checks set here win over the format's, which come after. Returns the issuer found.
 */
export const checkStanding = (
  list: CheckList,
  trust: TrustList,
  { issuerId, issuer: known, kid }: StandingQuery,
): TrustedIssuer | undefined => {
  const revoked = kid ? revokedEntry(trust, kid) : undefined;
  const issuer = known ?? findIssuer(trust, issuerId) ?? revoked?.issuer;
  if (issuer?.deactivatedAt !== undefined) {
    list.set(
      "issuer trusted",
      "failed",
      `The issuer ${issuer.name} was deactivated${day(issuer.deactivatedAt)}: certificates it issued are no longer valid.`,
    );
  }
  if (revoked) {
    list.set(
      "key status",
      "failed",
      `The signing key ${revoked.key.kid} was revoked by ${revoked.issuer.name}${day(revoked.key.revokedAt)}: ${revoked.key.reason}`,
    );
    list.set("signature", "skipped", "Not checked: the key that made it was revoked.");
  }
  return issuer;
};
