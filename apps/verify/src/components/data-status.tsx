"use client";

import { staleKinds, staleWarning } from "@/lib/browser/freshness";
import type { IssuerData } from "@/lib/browser/issuer-data";
import { formatAge, formatMoment } from "./format";
import { AlertIcon, OfflineIcon, RefreshIcon } from "./icons";
import type { IssuerDataState } from "./use-issuer-data";

const when = (date: Date) => `${formatAge(date)} (${formatMoment(date)})`;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

const summaryLine = (data: IssuerData): string => {
  const lists = plural(data.statusListCount, "status list");
  const count = data.revocationListCount;
  const revocation = count ? `, with ${plural(count, "revocation list")} for EU DCCs and SMART Health Cards` : "";
  return data.fresh
    ? `Trust list and ${lists} refreshed ${when(data.refreshedAt)}${revocation}.`
    : `Offline: using the trust list and status lists saved ${when(data.refreshedAt)}${revocation}.`;
};

const validity = (until: Date | undefined) => (until ? `, valid until ${formatMoment(until)}` : "");

/** When each kind of kept data was last refreshed, and until when its publisher said to rely on it. */
const KeptList = ({ data }: { data: IssuerData }) => (
  <ul className="mt-1 space-y-0.5 text-slate-500" aria-label="Data kept on this device">
    <li>
      Trust list: {plural(data.trust.issuers.length, "issuer")}, refreshed {formatMoment(data.trustRefreshedAt)}
      {validity(data.trustValidUntil)}
    </li>
    <li>Status lists: {data.statusRefreshedAt ? `refreshed ${formatMoment(data.statusRefreshedAt)}` : "none kept"}</li>
    <li data-testid="rules-status">
      Rules:{" "}
      {data.rules
        ? `${plural(data.rules.rules.length, "rule")}, refreshed ${formatMoment(data.rules.fetchedAt)}${validity(data.rules.validUntil)}`
        : data.rulesError
          ? `none kept on this device (${data.rulesError})`
          : "none published"}
    </li>
  </ul>
);

/**
 * Says whether the checker can work, offline too, when its trust list, status lists and rules were last refreshed,
 * how many trust documents added on this device it also trusts, and plainly when what it holds is past its validity.
 */
export const DataStatus = ({ state, localDocuments }: { state: IssuerDataState; localDocuments: number }) => {
  const { data, error, refreshing, online, refresh } = state;
  const stale = data
    ? staleKinds(
        [
          { kind: "trust list", validUntil: data.trustValidUntil },
          { kind: "rules", validUntil: data.rules?.validUntil },
        ],
        new Date(),
      )
    : [];
  const warning = staleWarning(stale, formatMoment);
  return (
    <section
      aria-label="Checking data"
      className={`rounded-lg border px-3 py-2 text-sm ${error && !data ? "border-red-300 bg-red-50 text-red-800" : "border-slate-200 bg-white text-slate-600"}`}
    >
      {warning ? (
        <p
          role="alert"
          className="mb-2 flex items-start gap-2 rounded-md bg-amber-50 px-2 py-1.5 font-medium text-amber-900"
          data-testid="stale-warning"
        >
          <AlertIcon className="mt-0.5 h-4 w-4 shrink-0" />
          {warning}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        {!online ? <OfflineIcon className="mt-0.5 h-4 w-4 shrink-0 text-amber-600" /> : null}
        <div className="flex-1">
          <p data-testid="data-status">
            {!online ? <span className="font-medium text-amber-700">You are offline. </span> : null}
            {data ? summaryLine(data) : (error ?? "Loading the trusted issuers, status lists and rules…")}
            {data ? <span className="text-slate-500"> Checks work without a connection.</span> : null}
            {localDocuments ? (
              <span data-testid="local-trust-status">
                {" "}
                Also trusting {plural(localDocuments, "trust document")} added on this device.
              </span>
            ) : null}
          </p>
          {data ? <KeptList data={data} /> : null}
        </div>
        <button
          type="button"
          onClick={refresh}
          disabled={refreshing || !online}
          className="inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-1 font-medium text-teal-800 hover:bg-teal-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600 disabled:text-slate-400 disabled:hover:bg-transparent"
        >
          <RefreshIcon className={`h-4 w-4 ${refreshing ? "animate-spin" : ""}`} />
          {refreshing ? "Refreshing" : "Refresh"}
        </button>
      </div>
    </section>
  );
};
