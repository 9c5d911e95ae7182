import type { BusinessRule } from "../verify/types.ts";

/** The kind of certificate a rule may be written for; "General" rules concern every kind. */
export type CertificateKind = "Vaccination" | "Test" | "Recovery";

/** What decides which rules apply: where the holder goes, who issued the certificate, what it is, and when. */
export type RuleSelection = {
  /** The destination country (ISO 3166 alpha-2): its acceptance rules apply. */
  destination?: string;
  /** The issuing country: its invalidation rules apply wherever the certificate is shown. */
  issuerCountry?: string;
  certificateType: CertificateKind;
  at: Date;
};

/** The rules that judge this certificate, and those of the same countries written for another kind of certificate. */
export type SelectedRules = { applicable: BusinessRule[]; notApplicable: BusinessRule[] };

const versionParts = (version: string): number[] => version.split(".").map((part) => Number.parseInt(part, 10) || 0);

/** Compares two major.minor.patch versions numerically ("1.10.0" is after "1.9.0"). */
export const compareVersions = (a: string, b: string): number => {
  const [left, right] = [versionParts(a), versionParts(b)];
  for (let at = 0; at < Math.max(left.length, right.length); at++) {
    const difference = (left[at] ?? 0) - (right[at] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
};

const concerns = (rule: BusinessRule, selection: RuleSelection): boolean => {
  const country = rule.Country.toUpperCase();
  if (rule.Type === "Acceptance") return country === selection.destination?.toUpperCase();
  return country === selection.issuerCountry?.toUpperCase();
};

const inForce = (rule: BusinessRule, at: Date): boolean =>
  Date.parse(rule.ValidFrom) <= at.getTime() && at.getTime() <= Date.parse(rule.ValidTo);

/**
 * Picks the rules that judge a certificate as the EU rule specification says: the destination's acceptance rules
 * and the issuing country's invalidation rules, in force at the chosen date, the newest version of each identifier;
 * of those, the ones written for another kind of certificate are set apart as not applicable.
 */
export const selectRules = (rules: BusinessRule[], selection: RuleSelection): SelectedRules => {
  const newest = new Map<string, BusinessRule>();
  for (const rule of rules) {
    if (!concerns(rule, selection) || !inForce(rule, selection.at)) continue;
    const key = `${rule.Country.toUpperCase()} ${rule.Identifier}`;
    const kept = newest.get(key);
    if (!kept || compareVersions(rule.Version, kept.Version) > 0) newest.set(key, rule);
  }
  const chosen = [...newest.values()].sort((a, b) => a.Identifier.localeCompare(b.Identifier));
  const fits = (rule: BusinessRule) =>
    rule.CertificateType === "General" || rule.CertificateType === selection.certificateType;
  return { applicable: chosen.filter(fits), notApplicable: chosen.filter((rule) => !fits(rule)) };
};
