import type { BusinessRule } from "../verify/types.ts";

/** What a tenant says about how long its vaccination certificates hold. */
export type ValidityRuleOptions = {
  /** The tenant's country (ISO 3166 alpha-2): invalidation rules apply to certificates that country issued. */
  country: string;
  /** How many days after the last dose the certificate stays valid. */
  days: number;
  /** Days after the dose that completes the schedule before the certificate is valid at all (none when left out). */
  waitDays?: number;
  /**
   * The issuer name certificates carry (a DCC's `v.0.is`; other formats' trust-list name): the rule then judges
   * only that issuer's certificates, not every certificate of its country.
   */
  issuer?: string;
  identifier?: string;
  version?: string;
  validFrom?: string;
  validTo?: string;
};

const clock = { plusTime: [{ var: "external.validationClock" }, 0, "day"] };
const afterDose = (days: number) => ({ plusTime: [{ var: "payload.v.0.dt" }, days, "day"] });

const describe = (days: number, waitDays: number | undefined): string =>
  [
    `Valid for ${days} days after the last dose.`,
    waitDays ? `Not valid until ${waitDays} days after the dose that completes the schedule.` : "",
  ]
    .filter(Boolean)
    .join(" ");

/**
 * A tenant's own validity rule as an EU-format invalidation rule in real CertLogic, judged like any imported rule:
 * "valid N days after the last dose", and optionally "not valid until M days after the dose that completes the
 * schedule". A certificate without a vaccination (`v`), or of another issuer when one is named, passes it.
 */
export const validityRule = (options: ValidityRuleOptions): BusinessRule => {
  const { country, days, waitDays } = options;
  if (!Number.isInteger(days) || days < 1 || days > 36500) throw new RangeError("days must be a whole number of days");
  if (waitDays !== undefined && (!Number.isInteger(waitDays) || waitDays < 0 || waitDays > days)) {
    throw new RangeError("waitDays must be a whole number of days, at most days");
  }
  const notExpired = { "not-after": [clock, afterDose(days)] };
  // A dose that completes the schedule (dn ≥ sd) starts the waiting time; a later booster is valid at once.
  const waited = {
    if: [
      { "===": [{ var: "payload.v.0.dn" }, { var: "payload.v.0.sd" }] },
      { "not-before": [clock, afterDose(waitDays ?? 0)] },
      true,
    ],
  };
  const holds = waitDays ? { and: [notExpired, waited] } : notExpired;
  const concerned = options.issuer
    ? { and: [{ var: "payload.v.0" }, { "===": [{ var: "payload.v.0.is" }, options.issuer] }] }
    : { var: "payload.v.0" };
  const upper = country.toUpperCase();
  return {
    Identifier: options.identifier ?? `IR-${upper}-0001`,
    Type: "Invalidation",
    Country: upper,
    Version: options.version ?? "1.0.0",
    SchemaVersion: "1.3.0",
    Engine: "CERTLOGIC",
    EngineVersion: "1.2.2",
    CertificateType: "Vaccination",
    Description: [{ lang: "en", desc: describe(days, waitDays) }],
    ValidFrom: options.validFrom ?? new Date().toISOString(),
    ValidTo: options.validTo ?? "2099-12-31T23:59:59Z",
    AffectedFields: ["v.0", "v.0.dt", ...(waitDays ? ["v.0.dn", "v.0.sd"] : []), ...(options.issuer ? ["v.0.is"] : [])],
    Logic: { if: [concerned, holds, true] },
  };
};
