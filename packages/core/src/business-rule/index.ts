export { type CreateValidityRuleOptions, createValidityRule } from "./create-validity-rule";
export {
  type ImportBusinessRulesOptions,
  importBusinessRules,
  type TRuleImportReport,
  type TRuleReference,
} from "./import-business-rules";
export { type ListBusinessRulesOptions, listBusinessRules } from "./list-business-rules";
export { publishedRules, type TPublishedRules } from "./published-rules";
export type { TBusinessRuleView } from "./rule-view";
export { type SetBusinessRuleActiveOptions, setBusinessRuleActive } from "./set-business-rule-active";
