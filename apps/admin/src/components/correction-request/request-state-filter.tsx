import type { TCorrectionRequestQuery } from "@vax/core/schemas";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

type TState = TCorrectionRequestQuery["state"];

/** Links that show the queue in one state, the chosen one marked as current. */
export const RequestStateFilter = async ({ current }: { current: TState }) => {
  const t = await getTranslations("CorrectionRequestState");
  const states: Array<{ state: TState; label: string }> = [
    { state: "OPEN", label: t("open") },
    { state: "APPROVED", label: t("approved") },
    { state: "REJECTED", label: t("rejected") },
    { state: "ALL", label: t("all") },
  ];
  return (
    <nav aria-label={t("filter")} className="mb-4 flex flex-wrap gap-2">
      {states.map(({ state, label }) => (
        <Link
          key={state}
          href={`/correction-requests?state=${state}`}
          aria-current={state === current ? "page" : undefined}
          className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${
            state === current ? "bg-teal-700 text-white ring-teal-700" : "bg-white text-slate-700 ring-slate-300"
          }`}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
};
