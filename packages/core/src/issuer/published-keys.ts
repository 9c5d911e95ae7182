import type { PublishedKey } from "@vax/credentials/keys";
import { type KeyUse, prisma } from "@vax/db";

/** The keys that still verify (active and retired) of every active tenant, or of one, by tenant. */
export const publishedKeys = async (
  where: { slug?: string; use?: KeyUse } = {},
): Promise<Array<{ tenant: { id: string; slug: string; name: string; country: string }; keys: PublishedKey[] }>> => {
  const tenants = await prisma.tenant.findMany({
    where: { active: true, ...(where.slug ? { slug: where.slug } : {}) },
    select: {
      id: true,
      slug: true,
      name: true,
      country: true,
      signingKeys: {
        where: { status: { in: ["ACTIVE", "RETIRED"] }, ...(where.use ? { use: where.use } : {}) },
        orderBy: { createdAt: "asc" },
        select: { kid: true, algorithm: true, publicKeyJwk: true, status: true },
      },
    },
    orderBy: { slug: "asc" },
  });
  return tenants.map(({ signingKeys, ...tenant }) => ({
    tenant,
    keys: signingKeys.map((key) => ({ ...key, publicJwk: key.publicKeyJwk as JsonWebKey })),
  }));
};
