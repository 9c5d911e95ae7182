import { prisma } from "@vax/db";
import type { TTenantUpdate } from "../schemas/tenant";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findTenant } from "./get-tenant";
import { type TTenantView, tenantView } from "./tenant-view";

/** Options for {@link updateTenant}. */
export type UpdateTenantOptions = { actor: TActor; id: string; input: TTenantUpdate };

/**
 * Changes a tenant's name, country, default language and time zone. The slug stays: it names the
 * tenant's did:web issuer, which every certificate already issued points at.
 */
export const updateTenant = ({ actor, id, input }: UpdateTenantOptions): Promise<TTenantView> =>
  prisma.$transaction(async (tx) => {
    const before = tenantView(await findTenant(tx, actor, id));
    const after = tenantView(await tx.tenant.update({ where: { id }, data: input }));
    await recordAudit(tx, actor, { action: "tenant.updated", entityType: "Tenant", entityId: id, before, after });
    return after;
  });
