import type { Tenant } from "@vax/db";
import type { z } from "zod";
import type { ZTenantView } from "../schemas/tenant";

/** A tenant as the portal and the API show it; its schema describes it in the API document. */
export type TTenantView = z.infer<typeof ZTenantView>;

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
