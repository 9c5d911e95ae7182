import type { Tenant } from "@vax/db";

/** A tenant as the portal and the API show it. */
export type TTenantView = {
  id: string;
  slug: string;
  name: string;
  country: string;
  defaultLanguage: string;
  timeZone: string;
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
};

/** The view of a tenant row. */
export const tenantView = (tenant: Tenant): TTenantView => ({
  id: tenant.id,
  slug: tenant.slug,
  name: tenant.name,
  country: tenant.country,
  defaultLanguage: tenant.defaultLanguage,
  timeZone: tenant.timeZone,
  active: tenant.active,
  deactivatedAt: tenant.deactivatedAt?.toISOString() ?? null,
  createdAt: tenant.createdAt.toISOString(),
});
