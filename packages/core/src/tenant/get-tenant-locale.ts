import { prisma } from "@vax/db";

/** Options for {@link getTenantLocale}: the signed-in user's tenant, when there is one. */
export type GetTenantLocaleOptions = { tenantId?: string | null };

/** The language and time zone a tenant shows its pages in. */
export type TTenantLocale = { defaultLanguage: string; timeZone: string };

const SELECT = { defaultLanguage: true, timeZone: true } as const;

/**
 * The language and time zone pages fall back to: those of the signed-in user's tenant, or on the
 * public pages (the citizen portal, the verifier) those of the platform's only active tenant, as
 * a ministry's own deployment has. With several tenants and no one signed in there is no tenant
 * to speak for, and the answer is null.
 */
export const getTenantLocale = async ({ tenantId }: GetTenantLocaleOptions = {}): Promise<TTenantLocale | null> => {
  if (tenantId) return prisma.tenant.findUnique({ where: { id: tenantId }, select: SELECT });
  const tenants = await prisma.tenant.findMany({ where: { active: true }, select: SELECT, take: 2 });
  return tenants.length === 1 ? (tenants[0] ?? null) : null;
};
