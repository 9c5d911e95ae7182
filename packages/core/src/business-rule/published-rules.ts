import type { BusinessRule } from "@vax/credentials/verify";
import { prisma } from "@vax/db";

/** The rules every verifier judges by, as `GET {verify}/api/v1/rules` publishes them. */
export type TPublishedRules = { rules: BusinessRule[]; issuedAt: string; validUntil: string };

// Rules change rarely (a country's new version is announced days ahead); a verifier offline for a day still
// judges by what was in force, and is told its copy is stale after that.
const KEPT_FOR_MS = 24 * 60 * 60 * 1000;

/**
 * Every active rule not yet expired, platform-wide and of active tenants, in the EU rule format: rules that come
 * into force later are included, so an offline verifier applies them on their day.
 */
export const publishedRules = async (now: Date = new Date()): Promise<TPublishedRules> => {
  const rows = await prisma.businessRule.findMany({
    where: { active: true, validTo: { gte: now }, OR: [{ tenantId: null }, { tenant: { active: true } }] },
    orderBy: [{ country: "asc" }, { identifier: "asc" }, { createdAt: "asc" }],
    select: { rule: true },
  });
  return {
    rules: rows.map((row) => row.rule as BusinessRule),
    issuedAt: now.toISOString(),
    validUntil: new Date(now.getTime() + KEPT_FOR_MS).toISOString(),
  };
};
