import type { TLocale } from "@vax/config/i18n";
import type { VerifyResult } from "@vax/credentials/verify";
import { useLocale, useTranslations } from "next-intl";
import { CheckIcon, CrossIcon, DashIcon } from "./icons";
import { plainReason } from "./plain-reasons";
import { checkLabel, type TTranslate } from "./translate";

/** How each outcome of a check or a rule looks: an icon and a colour, with its word, never the colour alone. */
export const OUTCOME_LOOK = {
  passed: { Icon: CheckIcon, tone: "bg-green-100 text-green-800" },
  failed: { Icon: CrossIcon, tone: "bg-red-100 text-red-800" },
  skipped: { Icon: DashIcon, tone: "bg-slate-100 text-slate-600" },
  "not applicable": { Icon: DashIcon, tone: "bg-slate-100 text-slate-600" },
} as const;

/** The word for an outcome of a check or a rule. */
export const outcomeLabel = (t: TTranslate, status: keyof typeof OUTCOME_LOOK): string => {
  if (status === "passed") return t("Outcome.passed");
  if (status === "failed") return t("Outcome.failed");
  if (status === "skipped") return t("Outcome.skipped");
  return t("Outcome.notApplicable");
};

/** Every named check of a verification with its outcome and a reason in plain words. */
export const CheckList = ({ result }: { result: VerifyResult }) => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t("Result.checks")}>
      {result.checks.map((check) => {
        const { Icon, tone } = OUTCOME_LOOK[check.status];
        return (
          <li key={check.name} className="flex gap-3 py-3" data-check={check.name} data-status={check.status}>
            <span className={`mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full ${tone}`}>
              <Icon className="h-4 w-4" />
            </span>
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium text-slate-900">{checkLabel(t, check.name)}</span>
                <span className={`text-sm font-semibold uppercase tracking-wide ${tone.split(" ")[1]}`}>
                  {outcomeLabel(t, check.status)}
                </span>
              </p>
              <p className="mt-0.5 break-words text-slate-700">{plainReason(t, locale, check, result)}</p>
            </div>
          </li>
        );
      })}
    </ul>
  );
};
