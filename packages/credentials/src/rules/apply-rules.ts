import type { DccPayload } from "../eu-dcc/payload.ts";
import { payloadCertificateType } from "../eu-dcc/payload.ts";
import { sentence } from "../verify/checks.ts";
import type { BusinessRule, RuleOutcome, VerifyCheck, VerifyOptions, VerifyResult } from "../verify/types.ts";
import { dccPayloadOf } from "./dcc-payload.ts";
import { evaluateRule, notApplicable, type RuleData } from "./evaluate-rule.ts";
import { type CertificateKind, selectRules } from "./select-rules.ts";
import { countryName, ruleValueSets } from "./value-sets.ts";

/** What an EU DCC hands the rules beyond the shared result: its own payload and its CWT dates and issuer. */
export type DccEvidence = { payload: unknown; issuedAt?: Date; expiresAt?: Date; issuerCountry?: string };

const KINDS = { vaccination: "Vaccination", test: "Test", recovery: "Recovery" } as const;

const withRulesCheck = (
  result: VerifyResult,
  check: Omit<VerifyCheck, "name">,
  rules?: RuleOutcome[],
): VerifyResult => ({
  ...result,
  verified: result.verified && check.status !== "failed",
  checks: result.checks.map((item) => (item.name === "rules" ? { name: "rules", ...check } : item)),
  ...(rules ? { rules } : {}),
});

const countriesOf = (rules: { country: string }[]): string =>
  [...new Set(rules.map((rule) => rule.country.toUpperCase()))].map(countryName).join(" and ");

const summarise = (outcomes: RuleOutcome[], judged: BusinessRule[]): Omit<VerifyCheck, "name"> => {
  const ran = outcomes.filter((outcome) => outcome.status !== "not applicable");
  const failed = ran.filter((outcome) => outcome.status === "failed");
  const of = countriesOf(ran);
  if (failed.length > 0) {
    // An evaluation error is named beside the rule, so the checker sees the rule could not be applied.
    const which = failed.map(({ description, reason }) =>
      reason && reason !== description
        ? `${sentence(description)} (${reason.replace(/\.$/, "")})`
        : sentence(description),
    );
    const count = ran.length === 1 ? "The rule" : `${failed.length} of ${ran.length} rules`;
    return { status: "failed", reason: `${count} of ${of} failed: ${which.join(" ")}` };
  }
  const count = judged.length === 1 ? "The one rule" : `All ${judged.length} rules`;
  return { status: "passed", reason: `${count} of ${of} passed.` };
};

const dateOf = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * Judges a verified certificate by the business rules the caller holds and records every outcome in
 * `result.rules` and the "rules" check. Only a certificate whose signature and issuer are trusted is judged:
 * rules read what the certificate says, which is worth nothing before that. A failed rule makes it not verified.
 */
export const applyRules = (result: VerifyResult, options: VerifyOptions, dcc?: DccEvidence): VerifyResult => {
  const passed = (name: string) => result.checks.find((check) => check.name === name)?.status === "passed";
  if (!passed("signature") || !passed("issuer trusted")) return result;
  if (!options.rules) return withRulesCheck(result, { status: "skipped", reason: "No business rules were given." });
  const payload = dcc?.payload ?? (result.subject ? dccPayloadOf(result.subject, result.issuer) : undefined);
  if (!payload) {
    return withRulesCheck(result, { status: "skipped", reason: "Not checked, because the certificate was withdrawn." });
  }
  const at = options.now ?? new Date();
  const kind = dcc ? payloadCertificateType(dcc.payload as DccPayload) : "vaccination";
  const certificateType: CertificateKind = KINDS[kind ?? "vaccination"];
  const issuerCountry = dcc?.issuerCountry ?? result.issuer?.country;
  const { applicable, notApplicable: others } = selectRules(options.rules, {
    destination: options.destination,
    issuerCountry,
    certificateType,
    at,
  });
  const data: RuleData = {
    payload,
    external: {
      validationClock: at.toISOString(),
      valueSets: ruleValueSets,
      countryCode: (options.destination ?? issuerCountry ?? "").toUpperCase(),
      // Only a DCC carries issue and expiry dates in the form rules read; other formats leave them out.
      ...(dcc?.expiresAt ? { exp: dcc.expiresAt.toISOString() } : {}),
      ...(dcc?.issuedAt ? { iat: dcc.issuedAt.toISOString() } : {}),
    },
  };
  const outcomes = [...applicable.map((rule) => evaluateRule(rule, data)), ...others.map(notApplicable)];
  if (applicable.length === 0) {
    const where = options.destination ? countryName(options.destination) : "the issuing country";
    const reason = `No rule of ${where} applies to this certificate on ${dateOf(at)}.`;
    return withRulesCheck(result, { status: "skipped", reason }, outcomes);
  }
  return withRulesCheck(result, summarise(outcomes, applicable), outcomes);
};
