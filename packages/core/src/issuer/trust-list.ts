import type { RevokedKey, TrustedIssuer, TrustKey, TrustList } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { tenantSchemaPublications } from "../credential-schema/published-contexts";
import { storedContexts, storedKeys } from "../trusted-issuer/trusted-issuer-view";
import { tenantBaseUrl, tenantDid } from "./issuer-urls";
import { publishedKeys, type TPublishedTenantKey } from "./published-keys";

/**
 * How long a verifier may rely on a kept copy of the list: a week covers a device that stays offline through a
 * trip or a remote vaccination round, and bounds how long a disabled issuer or revoked key still counts there.
 */
export const TRUST_LIST_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

// A DSC is listed as base64 DER, the form DCC trust lists carry.
const derOf = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, "");

const trustKey = (key: TPublishedTenantKey): TrustKey[] => {
  if (key.use === "VC") return [{ kid: key.kid, publicKeyMultibase: key.kid }];
  if (key.use === "SHC") return [{ kid: key.kid, publicKeyJwk: { ...key.publicJwk, kid: key.kid } }];
  if (key.use === "EU_DCC" && key.certificatePem) return [{ kid: key.kid, certificate: derOf(key.certificatePem) }];
  return [];
};

const revokedKey = (key: TPublishedTenantKey): RevokedKey => ({
  kid: key.kid,
  reason: key.statusReason ?? "No reason was given",
  ...(key.revokedAt ? { revokedAt: key.revokedAt.toISOString() } : {}),
});

/**
 * The trust list the verifier checks against: the platform's own tenants, always trusted, with
 * their W3C, SMART Health Card and EU DCC keys, their credential schemas' JSON-LD contexts, the keys they revoked (so a verifier can say why a
 * certificate fails) and, for a deactivated tenant, since when; then the issuers the admins trust, with their
 * CSCAs and JSON-LD contexts. It says when it was made and until when a kept copy may be relied on.
 */
export const platformTrustList = async (now: Date = new Date()): Promise<TrustList> => {
  const [tenants, trusted] = await Promise.all([
    publishedKeys({ uses: ["VC", "SHC", "EU_DCC"], withRevoked: true, withDeactivatedTenants: true }),
    prisma.trustedIssuer.findMany({ where: { active: true }, orderBy: { name: "asc" } }),
  ]);
  const schemas = await tenantSchemaPublications(tenants.map(({ tenant }) => tenant.id));
  const own: TrustedIssuer[] = tenants.map(({ tenant, keys }) => {
    const revoked = keys.filter((key) => key.status === "REVOKED");
    const published = schemas.get(tenant.id);
    return {
      name: tenant.name,
      country: tenant.country,
      // The DID names W3C issuers; the base URL is a SMART Health Card's `iss`.
      ids: [tenantDid(tenant.slug), tenantBaseUrl(tenant.slug)],
      keys: keys.filter((key) => key.status !== "REVOKED").flatMap(trustKey),
      ...(revoked.length ? { revokedKeys: revoked.map(revokedKey) } : {}),
      ...(tenant.active ? {} : { deactivatedAt: (tenant.deactivatedAt ?? new Date(0)).toISOString() }),
      // Its credential schemas' contexts and how each is shown, so that their credentials verify offline.
      ...(published ? { contexts: published.contexts, schemas: published.displays } : {}),
    };
  });
  const others: TrustedIssuer[] = trusted.map((issuer) => ({
    name: issuer.name,
    ...(issuer.country ? { country: issuer.country } : {}),
    ids: issuer.ids,
    keys: storedKeys(issuer.keys),
    ...(issuer.cscas.length ? { cscas: issuer.cscas } : {}),
    ...(storedContexts(issuer.contexts) ? { contexts: storedContexts(issuer.contexts) ?? {} } : {}),
  }));
  return {
    issuers: [...own, ...others],
    issuedAt: now.toISOString(),
    validUntil: new Date(now.getTime() + TRUST_LIST_VALIDITY_MS).toISOString(),
  };
};
