import type { BusinessRule } from "@vax/credentials/verify";
import type { BusinessRule as BusinessRuleRow } from "@vax/db";

/** A stored business rule as the admin portal lists it. */
export type TBusinessRuleView = {
  id: string;
  identifier: string;
  version: string;
  type: "acceptance" | "invalidation";
  country: string;
  certificateType: string;
  description: string;
  validFrom: string;
  validTo: string;
  active: boolean;
  source: "imported" | "tenant";
  /** "platform" for platform-wide rules, else the owning tenant's id. */
  owner: string;
};

/** The admin portal's view of a stored rule. */
export const ruleView = (row: BusinessRuleRow): TBusinessRuleView => ({
  id: row.id,
  identifier: row.identifier,
  version: row.version,
  type: row.type === "ACCEPTANCE" ? "acceptance" : "invalidation",
  country: row.country,
  certificateType: row.certificateType,
  description: row.description,
  validFrom: row.validFrom.toISOString(),
  validTo: row.validTo.toISOString(),
  active: row.active,
  source: row.source === "IMPORTED" ? "imported" : "tenant",
  owner: row.tenantId ?? "platform",
});

/** The columns a rule in the EU format is stored under. */
export const ruleColumns = (rule: BusinessRule, description: string) => ({
  identifier: rule.Identifier,
  version: rule.Version,
  type: rule.Type === "Acceptance" ? ("ACCEPTANCE" as const) : ("INVALIDATION" as const),
  country: rule.Country.toUpperCase(),
  certificateType: rule.CertificateType,
  validFrom: new Date(rule.ValidFrom),
  validTo: new Date(rule.ValidTo),
  description,
  rule: JSON.parse(JSON.stringify(rule)),
});
