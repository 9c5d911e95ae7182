import type { PublishedKey } from "@vax/credentials/keys";
import { type KeyUse, prisma } from "@vax/db";

/** A tenant as its published material names it. */
export type TPublishingTenant = {
  id: string;
  slug: string;
  name: string;
  country: string;
  active: boolean;
  deactivatedAt: Date | null;
};

/** A key as published, with what the trust list and the DSC list also need. */
export type TPublishedTenantKey = PublishedKey & {
  use: KeyUse;
  certificatePem: string | null;
  statusReason: string | null;
  revokedAt: Date | null;
};

/** Options of {@link publishedKeys}. */
export type PublishedKeysOptions = {
  slug?: string;
  uses?: KeyUse[];
  /** Revoked keys too, for the trust list, which names them so verifiers can say why they fail. */
  withRevoked?: boolean;
  /** Deactivated tenants too, for the trust list, which says their certificates no longer count. */
  withDeactivatedTenants?: boolean;
};

/**
 * The published keys of the platform's tenants, by tenant: pending, active and retired keys (a
 * pending key is published before it signs), revoked ones only when asked for.
 */
export const publishedKeys = async ({
  slug,
  uses,
  withRevoked = false,
  withDeactivatedTenants = false,
}: PublishedKeysOptions = {}): Promise<Array<{ tenant: TPublishingTenant; keys: TPublishedTenantKey[] }>> => {
  const tenants = await prisma.tenant.findMany({
    where: { ...(withDeactivatedTenants ? {} : { active: true }), ...(slug ? { slug } : {}) },
    select: {
      id: true,
      slug: true,
      name: true,
      country: true,
      active: true,
      deactivatedAt: true,
      signingKeys: {
        where: {
          ...(withRevoked ? {} : { status: { not: "REVOKED" } }),
          ...(uses ? { use: { in: uses } } : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          kid: true,
          algorithm: true,
          use: true,
          publicKeyJwk: true,
          certificatePem: true,
          status: true,
          statusReason: true,
          revokedAt: true,
        },
      },
    },
    orderBy: { slug: "asc" },
  });
  return tenants.map(({ signingKeys, ...tenant }) => ({
    tenant,
    keys: signingKeys.map(({ publicKeyJwk, ...key }) => ({ ...key, publicJwk: publicKeyJwk as JsonWebKey })),
  }));
};
