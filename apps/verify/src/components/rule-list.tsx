import type { TLocale } from "@vax/config/i18n";
import type { RuleOutcome } from "@vax/credentials/verify";
import { useLocale, useTranslations } from "next-intl";
import { OUTCOME_LOOK, outcomeLabel } from "./check-list";
import { countryName } from "./format";
import type { TTranslate } from "./translate";

const ORDER: Record<RuleOutcome["status"], number> = { failed: 0, passed: 1, "not applicable": 2 };

// Whose rule it is, and, when it failed to apply or did not apply, why; a rule's own reason is the engine's words.
const ruleLine = (t: TTranslate, locale: TLocale, rule: RuleOutcome): string => {
  const country = countryName(rule.country, locale) ?? rule.country;
  const whose = rule.type === "acceptance" ? t("Rule.entry", { country }) : t("Rule.issuer", { country });
  if (rule.status === "failed" && rule.reason && rule.reason !== rule.description) {
    return t("Rule.couldNotApply", { whose });
  }
  return rule.status === "not applicable" && rule.reason ? `${whose}: ${rule.reason}` : whose;
};

/** Each business rule the certificate was judged by: failed ones first, each with its description and outcome. */
export const RuleList = ({ rules }: { rules: RuleOutcome[] }) => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t("Result.rules")}>
      {[...rules]
        .sort((a, b) => ORDER[a.status] - ORDER[b.status])
        .map((rule) => {
          const { Icon, tone } = OUTCOME_LOOK[rule.status];
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
                  <span className={`text-sm font-semibold uppercase tracking-wide ${tone.split(" ")[1]}`}>
                    {outcomeLabel(t, rule.status)}
                  </span>
                </p>
                <p className="mt-0.5 text-sm text-slate-600">{ruleLine(t, locale, rule)}</p>
              </div>
            </li>
          );
        })}
    </ul>
  );
};
