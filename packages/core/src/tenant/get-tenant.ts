import { type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { requirePlatformAdmin } from "../shared/platform-admin";
import { type TTenantView, tenantView } from "./tenant-view";

/** Reads a tenant for a platform admin, or NOT_FOUND. */
export const findTenant = async (db: DatabaseTransaction, actor: TActor, id: string) => {
  requirePlatformAdmin(actor);
  const tenant = await db.tenant.findUnique({ where: { id } });
  if (!tenant) throw new AppError("NOT_FOUND", "No such tenant");
  return tenant;
};

/** Options for {@link getTenant}. */
export type GetTenantOptions = { actor: TActor; id: string };

/** One tenant, for the platform admin. */
export const getTenant = async ({ actor, id }: GetTenantOptions): Promise<TTenantView> =>
  tenantView(await findTenant(prisma, actor, id));
