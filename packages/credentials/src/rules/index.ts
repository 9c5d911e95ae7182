export { applyRules, type DccEvidence } from "./apply-rules.ts";
export { dccPayloadOf } from "./dcc-payload.ts";
export { describeRule, evaluateRule, type RuleData } from "./evaluate-rule.ts";
export { type ReadRules, type RefusedRule, readBusinessRules } from "./read-rules.ts";
export {
  type CertificateKind,
  compareVersions,
  type RuleSelection,
  type SelectedRules,
  selectRules,
} from "./select-rules.ts";
export { type ValidityRuleOptions, validityRule } from "./validity-rule.ts";
