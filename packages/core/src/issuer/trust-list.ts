import type { TrustedIssuer, TrustKey, TrustList } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { tenantDid } from "./issuer-urls";
import { publishedKeys } from "./published-keys";

/**
 * The trust list the verifier checks against: the platform's own tenants, always trusted, with
 * their Ed25519 VC keys, then the issuers the admins trust.
 */
export const platformTrustList = async (): Promise<TrustList> => {
  const [tenants, trusted] = await Promise.all([
    publishedKeys({ use: "VC" }),
    prisma.trustedIssuer.findMany({ where: { active: true }, orderBy: { name: "asc" } }),
  ]);
  const own: TrustedIssuer[] = tenants.map(({ tenant, keys }) => ({
    name: tenant.name,
    country: tenant.country,
    ids: [tenantDid(tenant.slug)],
    keys: keys
      .filter((key) => key.algorithm === "ED25519")
      .map((key): TrustKey => ({ kid: key.kid, publicKeyMultibase: key.kid })),
  }));
  const others: TrustedIssuer[] = trusted.map((issuer) => ({
    name: issuer.name,
    ...(issuer.country ? { country: issuer.country } : {}),
    ids: issuer.ids,
    keys: Array.isArray(issuer.keys) ? (issuer.keys as TrustKey[]) : [],
  }));
  return { issuers: [...own, ...others] };
};
