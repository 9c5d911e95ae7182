import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { ruleOwnerOf } from "./rule-owner";

/** Options for {@link setBusinessRuleActive}. */
export type SetBusinessRuleActiveOptions = { actor: TActor; id: string; active: boolean };

/**
 * Disables (or enables again) a rule: every version of its identifier, since verifiers would otherwise fall back to
 * an older version. A platform admin changes platform-wide rules, a tenant admin only their tenant's.
 */
export const setBusinessRuleActive = ({
  actor,
  id,
  active,
}: SetBusinessRuleActiveOptions): Promise<{ changed: number }> =>
  prisma.$transaction(async (tx) => {
    const owner = await ruleOwnerOf(tx, actor);
    const row = await tx.businessRule.findUnique({ where: { id } });
    // Another tenant's rule is not found, so nothing tells a tenant what others hold.
    if (!row || (row.tenantId !== null && row.tenantId !== owner.tenantId)) {
      throw new AppError("NOT_FOUND", "No such business rule");
    }
    if (row.tenantId !== owner.tenantId)
      throw new AppError("FORBIDDEN", "Only a platform admin changes platform-wide rules");
    const { count } = await tx.businessRule.updateMany({
      where: { tenantId: row.tenantId, country: row.country, identifier: row.identifier },
      data: { active },
    });
    await recordAudit(tx, actor, {
      tenantId: row.tenantId,
      action: active ? "business-rule.enabled" : "business-rule.disabled",
      entityType: "BusinessRule",
      entityId: id,
      after: { identifier: row.identifier, country: row.country, versions: count },
    });
    return { changed: count };
  });
