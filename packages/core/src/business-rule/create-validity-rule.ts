import { compareVersions, describeRule, validityRule } from "@vax/credentials/rules";
import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TValidityRuleInput } from "../schemas/business-rule";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { ruleOwnerOf } from "./rule-owner";
import { ruleColumns, ruleView, type TBusinessRuleView } from "./rule-view";

/** Options for {@link createValidityRule}. */
export type CreateValidityRuleOptions = { actor: TActor; input: TValidityRuleInput; now?: Date };

const MAX_IDENTIFIER = 64;

/**
 * Makes a validity rule ("valid N days after the last dose", optionally "not valid until M days after the dose that
 * completes the schedule") as an EU-format invalidation rule. A tenant admin's judges only their tenant's
 * certificates, of its country; a platform admin's every certificate of the country they name. Saying it again
 * with other numbers adds a new version, in force from now, which verifiers take over the old one.
 */
export const createValidityRule = ({
  actor,
  input,
  now = new Date(),
}: CreateValidityRuleOptions): Promise<TBusinessRuleView> =>
  prisma.$transaction(async (tx) => {
    const owner = await ruleOwnerOf(tx, actor);
    const country = owner.country ?? input.country?.toUpperCase();
    if (!country) {
      throw new AppError("VALIDATION_FAILED", "Name the country whose certificates the rule judges", [
        { path: "country", message: "Required for a platform-wide rule" },
      ]);
    }
    const tenant = owner.tenantId
      ? await tx.tenant.findUniqueOrThrow({ where: { id: owner.tenantId }, select: { slug: true } })
      : null;
    const identifier = `IR-${country}-VALIDITY${tenant ? `-${tenant.slug}` : ""}`.slice(0, MAX_IDENTIFIER);
    const held = await tx.businessRule.findMany({
      where: { tenantId: owner.tenantId, country, identifier },
      select: { version: true },
    });
    const newest = held
      .map((row) => row.version)
      .sort(compareVersions)
      .at(-1);
    const version = newest ? `${Number.parseInt(newest, 10) + 1}.0.0` : "1.0.0";
    const rule = validityRule({
      country,
      days: input.days,
      ...(input.waitDays ? { waitDays: input.waitDays } : {}),
      ...(owner.issuer ? { issuer: owner.issuer } : {}),
      identifier,
      version,
      validFrom: now.toISOString(),
    });
    const row = await tx.businessRule.create({
      data: { tenantId: owner.tenantId, source: "TENANT", ...ruleColumns(rule, describeRule(rule)) },
    });
    await recordAudit(tx, actor, {
      tenantId: owner.tenantId,
      action: "business-rule.created",
      entityType: "BusinessRule",
      entityId: row.id,
      after: { identifier, version, country, days: input.days, waitDays: input.waitDays ?? null },
    });
    return ruleView(row);
  });
