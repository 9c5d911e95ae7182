import type { TCorrectionRequestQuery } from "@vax/core/schemas";
import Link from "next/link";

type TState = TCorrectionRequestQuery["state"];

const states: Array<{ state: TState; label: string }> = [
  { state: "OPEN", label: "Open" },
  { state: "APPROVED", label: "Approved" },
  { state: "REJECTED", label: "Rejected" },
  { state: "ALL", label: "All" },
];

/** Links that show the queue in one state, the chosen one marked as current. */
export const RequestStateFilter = ({ current }: { current: TState }) => (
  <nav aria-label="Filter by state" className="mb-4 flex flex-wrap gap-2">
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
