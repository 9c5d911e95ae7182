import { describeRule, readBusinessRules } from "@vax/credentials/rules";
import type { BusinessRule } from "@vax/credentials/verify";
import { type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { recordAudits } from "../shared/audit";
import { ruleOwnerOf, type TRuleOwner } from "./rule-owner";
import { ruleColumns } from "./rule-view";

/** A rule an import names: by identifier, version and country. */
export type TRuleReference = { identifier: string; version: string; country: string };

/** What an import did with each rule of the document, and why it refused the ones it refused. */
export type TRuleImportReport = {
  added: TRuleReference[];
  /** A new version of a rule already held. */
  changed: TRuleReference[];
  /** The same version with the same content, already held. */
  unchanged: TRuleReference[];
  refused: { item: string; reason: string }[];
};

/** Options for {@link importBusinessRules}: the rule document as JSON text or parsed. */
export type ImportBusinessRulesOptions = { actor: TActor; document: unknown };

const referenceOf = (rule: BusinessRule): TRuleReference => ({
  identifier: rule.Identifier,
  version: rule.Version,
  country: rule.Country.toUpperCase(),
});

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, item]) => [key, sortKeys(item)]),
  );
};

type Decision = { kind: "added" | "changed" | "unchanged" } | { kind: "refused"; reason: string };

const decide = async (tx: DatabaseTransaction, owner: TRuleOwner, rule: BusinessRule): Promise<Decision> => {
  const country = rule.Country.toUpperCase();
  if (owner.country && country !== owner.country) {
    return {
      kind: "refused",
      reason: `A tenant's rules are for its own country, ${owner.country}; this one is for ${country}.`,
    };
  }
  const held = await tx.businessRule.findMany({
    where: { tenantId: owner.tenantId, country, identifier: rule.Identifier },
    select: { version: true, rule: true },
  });
  const same = held.find((row) => row.version === rule.Version);
  if (same) {
    return sameJson(same.rule, rule)
      ? { kind: "unchanged" }
      : {
          kind: "refused",
          reason: `Version ${rule.Version} is already held with other content; a change needs a new version.`,
        };
  }
  return { kind: held.length > 0 ? "changed" : "added" };
};

/**
 * Imports a rule document in the EU rule format (one rule, an array, a `{rules}` list or the EU gateway download):
 * a platform admin's as platform-wide rules, a tenant admin's as their tenant's (its country's rules only). Every
 * rule is added, added as a new version, found unchanged, or refused with the reason; all in one transaction.
 */
export const importBusinessRules = async ({
  actor,
  document,
}: ImportBusinessRulesOptions): Promise<TRuleImportReport> => {
  const read = readBusinessRules(document);
  if (read.rules.length === 0 && read.refused.length === 0) {
    throw new AppError("UNPROCESSABLE", "The document holds no rules");
  }
  return prisma.$transaction(async (tx) => {
    const owner = await ruleOwnerOf(tx, actor);
    const report: TRuleImportReport = { added: [], changed: [], unchanged: [], refused: [...read.refused] };
    const audits = [];
    for (const rule of read.rules) {
      const decision = await decide(tx, owner, rule);
      if (decision.kind === "refused") {
        report.refused.push({ item: `${rule.Identifier} ${rule.Version}`, reason: decision.reason });
        continue;
      }
      report[decision.kind].push(referenceOf(rule));
      if (decision.kind === "unchanged") continue;
      const row = await tx.businessRule.create({
        data: { tenantId: owner.tenantId, source: "IMPORTED", ...ruleColumns(rule, describeRule(rule)) },
      });
      audits.push({
        tenantId: owner.tenantId,
        action: decision.kind === "added" ? "business-rule.imported" : "business-rule.version-imported",
        entityType: "BusinessRule",
        entityId: row.id,
        after: referenceOf(rule),
      });
    }
    if (audits.length > 0) await recordAudits(tx, actor, audits);
    return report;
  });
};
