"use client";

import { formatAge, formatMoment } from "./format";
import { OfflineIcon, RefreshIcon } from "./icons";
import type { IssuerDataState } from "./use-issuer-data";

/** Says whether the checker can work, offline too, and when its trust, status and revocation data were last refreshed. */
export const DataStatus = ({ state }: { state: IssuerDataState }) => {
  const { data, error, refreshing, online, refresh } = state;
  let line: string;
  if (data) {
    const when = `${formatAge(data.refreshedAt)} (${formatMoment(data.refreshedAt)})`;
    const lists = `${data.statusListCount} status list${data.statusListCount === 1 ? "" : "s"}`;
    const count = data.revocationListCount;
    const revocation = count
      ? `, with ${count} revocation list${count === 1 ? "" : "s"} for EU DCCs and SMART Health Cards`
      : "";
    line = data.fresh
      ? `Trust list and ${lists} refreshed ${when}${revocation}.`
      : `Offline: using the trust list and status lists saved ${when}${revocation}.`;
  } else if (error) {
    line = error;
  } else {
    line = "Loading the trusted issuers and status lists…";
  }
  return (
    <section
      aria-label="Checking data"
      className={`flex items-start gap-3 rounded-lg border px-3 py-2 text-sm ${error && !data ? "border-red-300 bg-red-50 text-red-800" : "border-slate-200 bg-white text-slate-600"}`}
    >
      {!online ? <OfflineIcon className="mt-0.5 h-4 w-4 shrink-0 text-amber-600" /> : null}
      <p className="flex-1" data-testid="data-status">
        {!online ? <span className="font-medium text-amber-700">You are offline. </span> : null}
        {line}
        {data ? <span className="text-slate-500"> Checks work without a connection.</span> : null}
      </p>
      <button
        type="button"
        onClick={refresh}
        disabled={refreshing || !online}
        className="inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-1 font-medium text-teal-800 hover:bg-teal-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600 disabled:text-slate-400 disabled:hover:bg-transparent"
      >
        <RefreshIcon className={`h-4 w-4 ${refreshing ? "animate-spin" : ""}`} />
        {refreshing ? "Refreshing" : "Refresh"}
      </button>
    </section>
  );
};
