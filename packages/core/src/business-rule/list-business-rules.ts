import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { ruleOwnerOf } from "./rule-owner";
import { ruleView, type TBusinessRuleView } from "./rule-view";

/** Options for {@link listBusinessRules}. */
export type ListBusinessRulesOptions = { actor: TActor };

const MAX_LISTED = 5000;

/**
 * The business rules an admin sees: a platform admin every rule, a tenant admin the platform-wide ones (which
 * judge their certificates too) and their tenant's own; by country, identifier, newest version first.
 */
export const listBusinessRules = async ({ actor }: ListBusinessRulesOptions): Promise<TBusinessRuleView[]> => {
  const owner = await ruleOwnerOf(prisma, actor);
  const rows = await prisma.businessRule.findMany({
    where: owner.tenantId ? { OR: [{ tenantId: null }, { tenantId: owner.tenantId }] } : {},
    orderBy: [{ country: "asc" }, { identifier: "asc" }, { createdAt: "desc" }],
    take: MAX_LISTED,
  });
  return rows.map(ruleView);
};
