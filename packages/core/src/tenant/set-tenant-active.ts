import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findTenant } from "./get-tenant";
import { type TTenantView, tenantView } from "./tenant-view";

/** Options for {@link setTenantActive}. */
export type SetTenantActiveOptions = { actor: TActor; id: string; active: boolean };

/**
 * Deactivates (or reactivates) a tenant. Nothing is deleted; while it is deactivated its users
 * cannot sign in, its API tokens are refused and verifiers say its certificates come from a
 * deactivated issuer.
 */
export const setTenantActive = ({ actor, id, active }: SetTenantActiveOptions): Promise<TTenantView> =>
  prisma.$transaction(async (tx) => {
    const current = await findTenant(tx, actor, id);
    if (current.active === active) return tenantView(current);
    const tenant = await tx.tenant.update({
      where: { id },
      data: { active, deactivatedAt: active ? null : new Date() },
    });
    await recordAudit(tx, actor, {
      action: active ? "tenant.reactivated" : "tenant.deactivated",
      entityType: "Tenant",
      entityId: id,
    });
    return tenantView(tenant);
  });
