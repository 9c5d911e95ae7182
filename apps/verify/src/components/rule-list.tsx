import type { RuleOutcome } from "@vax/credentials/verify";
import { OUTCOME_LOOK } from "./check-list";
import { countryName } from "./format";

const ORDER: Record<RuleOutcome["status"], number> = { failed: 0, passed: 1, "not applicable": 2 };

const whose = (rule: RuleOutcome): string =>
  rule.type === "acceptance"
    ? `Entry rule of ${countryName(rule.country)}`
    : `Issuer's rule (${countryName(rule.country)})`;

// A failed rule's own reason is its description, or the engine's message when it could not be applied at all.
const plainRuleReason = (rule: RuleOutcome): string => {
  if (rule.status === "failed" && rule.reason && rule.reason !== rule.description) {
    return ": it could not be applied to this certificate.";
  }
  return rule.status === "not applicable" && rule.reason ? `: ${rule.reason}` : ".";
};

/** Each business rule the certificate was judged by: failed ones first, each with its description and outcome. */
export const RuleList = ({ rules }: { rules: RuleOutcome[] }) => (
  <ul className="divide-y divide-slate-200" aria-label="Rules">
    {[...rules]
      .sort((a, b) => ORDER[a.status] - ORDER[b.status])
      .map((rule) => {
        const { label, Icon, tone } = OUTCOME_LOOK[rule.status];
        return (
          <li
            key={`${rule.id}@${rule.version}`}
            className="flex gap-3 py-3"
            data-rule={rule.id}
            data-status={rule.status}
          >
            <span className={`mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full ${tone}`}>
              <Icon className="h-4 w-4" />
            </span>
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium text-slate-900">{rule.description}</span>
                <span className={`text-sm font-semibold uppercase tracking-wide ${tone.split(" ")[1]}`}>{label}</span>
              </p>
              <p className="mt-0.5 text-sm text-slate-600">
                {whose(rule)}
                {plainRuleReason(rule)}
              </p>
            </div>
          </li>
        );
      })}
  </ul>
);
