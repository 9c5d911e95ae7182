import type { VerifyResult } from "@vax/credentials/verify";
import { CHECK_LABELS } from "./format";
import { CheckIcon, CrossIcon, DashIcon } from "./icons";
import { plainReason } from "./plain-reasons";

/** How each outcome of a check or a rule looks: a word, an icon and a colour, never the colour alone. */
export const OUTCOME_LOOK = {
  passed: { label: "Passed", Icon: CheckIcon, tone: "bg-green-100 text-green-800" },
  failed: { label: "Failed", Icon: CrossIcon, tone: "bg-red-100 text-red-800" },
  skipped: { label: "Not checked", Icon: DashIcon, tone: "bg-slate-100 text-slate-600" },
  "not applicable": { label: "Not applicable", Icon: DashIcon, tone: "bg-slate-100 text-slate-600" },
} as const;

/** Every named check of a verification with its outcome and a reason in plain words. */
export const CheckList = ({ result }: { result: VerifyResult }) => (
  <ul className="divide-y divide-slate-200" aria-label="Checks">
    {result.checks.map((check) => {
      const { label, Icon, tone } = OUTCOME_LOOK[check.status];
      return (
        <li key={check.name} className="flex gap-3 py-3" data-check={check.name} data-status={check.status}>
          <span className={`mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full ${tone}`}>
            <Icon className="h-4 w-4" />
          </span>
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-medium text-slate-900">{CHECK_LABELS[check.name]}</span>
              <span className={`text-sm font-semibold uppercase tracking-wide ${tone.split(" ")[1]}`}>{label}</span>
            </p>
            <p className="mt-0.5 break-words text-slate-700">{plainReason(check, result)}</p>
          </div>
        </li>
      );
    })}
  </ul>
);
