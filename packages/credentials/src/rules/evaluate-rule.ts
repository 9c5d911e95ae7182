import { evaluate } from "certlogic-js";
import type { BusinessRule, RuleOutcome } from "../verify/types.ts";

/** The data a rule's CertLogic reads, as the EU reference validators hand it over. */
export type RuleData = {
  payload: unknown;
  external: {
    validationClock: string;
    valueSets: Record<string, string[]>;
    countryCode: string;
    exp?: string;
    iat?: string;
  };
};

/** A rule's description in English, else in its first language. */
export const describeRule = (rule: BusinessRule): string =>
  (rule.Description.find((entry) => entry.lang.toLowerCase() === "en") ?? rule.Description[0])?.desc ?? rule.Identifier;

const outcome = (rule: BusinessRule, status: RuleOutcome["status"], reason?: string): RuleOutcome => ({
  id: rule.Identifier,
  version: rule.Version,
  type: rule.Type === "Acceptance" ? "acceptance" : "invalidation",
  country: rule.Country,
  description: describeRule(rule),
  status,
  ...(reason ? { reason } : {}),
});

/** Reports a rule written for another kind of certificate. */
export const notApplicable = (rule: BusinessRule): RuleOutcome =>
  outcome(rule, "not applicable", `It concerns ${rule.CertificateType.toLowerCase()} certificates only.`);

/**
 * Runs one rule's CertLogic on the data: true passes; false fails; anything else, or an error in evaluating it
 * (a field of the wrong type, say), fails with the reason, as the EU reference validators treat it.
 */
export const evaluateRule = (rule: BusinessRule, data: RuleData): RuleOutcome => {
  try {
    const answer: unknown = evaluate(rule.Logic as Parameters<typeof evaluate>[0], data);
    if (answer === true) return outcome(rule, "passed");
    if (answer === false) return outcome(rule, "failed", describeRule(rule));
    return outcome(rule, "failed", `The rule answered ${JSON.stringify(answer)} instead of true or false.`);
  } catch (error) {
    return outcome(rule, "failed", `The rule could not be evaluated: ${(error as Error).message}.`);
  }
};
