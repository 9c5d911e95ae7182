import type { DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";

/** Whose rules an admin changes: the platform's (tenantId null, any country) or their tenant's (its country only). */
export type TRuleOwner = { tenantId: string | null; country: string | null; issuer: string | null };

/**
 * The rules an actor may change: a platform admin the platform-wide ones, a tenant admin their tenant's own. A
 * tenant's rules are for its own country only, since every verifier applies them to that country's certificates.
 */
export const ruleOwnerOf = async (db: DatabaseTransaction, actor: TActor): Promise<TRuleOwner> => {
  if (actor.role === "PLATFORM_ADMIN" && !actor.tenantId) return { tenantId: null, country: null, issuer: null };
  if (actor.role !== "TENANT_ADMIN" || !actor.tenantId) {
    throw new AppError("FORBIDDEN", "Only a platform admin or a tenant admin manages business rules");
  }
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: actor.tenantId },
    select: { country: true, name: true },
  });
  return { tenantId: actor.tenantId, country: tenant.country.toUpperCase(), issuer: tenant.name };
};
