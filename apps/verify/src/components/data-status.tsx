"use client";

import type { TLocale } from "@vax/config/i18n";
import { useLocale, useTranslations } from "next-intl";
import { type StaleWording, staleKinds, staleWarning } from "@/lib/browser/freshness";
import type { IssuerData } from "@/lib/browser/issuer-data";
import { formatAge, formatMoment } from "./format";
import { AlertIcon, OfflineIcon, RefreshIcon } from "./icons";
import type { TTranslate } from "./translate";
import type { IssuerDataState } from "./use-issuer-data";

const summaryLine = (t: TTranslate, locale: TLocale, data: IssuerData): string => {
  const when = `${formatAge(data.refreshedAt, locale)} (${formatMoment(data.refreshedAt, locale)})`;
  const count = data.revocationListCount;
  const lists = data.statusListCount;
  if (data.fresh) {
    return count ? t("Data.freshWithRevocation", { lists, when, count }) : t("Data.fresh", { lists, when });
  }
  return count ? t("Data.offlineCopyWithRevocation", { when, count }) : t("Data.offlineCopy", { when });
};

const validity = (t: TTranslate, locale: TLocale, until: Date | undefined) =>
  until ? ` ${t("Data.validUntil", { until: formatMoment(until, locale) })}` : "";

/** When each kind of kept data was last refreshed, and until when its publisher said to rely on it. */
const KeptList = ({ data }: { data: IssuerData }) => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  const at = (date: Date) => formatMoment(date, locale);
  return (
    <ul className="mt-1 space-y-0.5 text-slate-500" aria-label={t("Data.kept")}>
      <li>
        {t("Data.trustList", { count: data.trust.issuers.length, at: at(data.trustRefreshedAt) })}
        {validity(t, locale, data.trustValidUntil)}
      </li>
      <li>
        {data.statusRefreshedAt ? t("Data.statusLists", { at: at(data.statusRefreshedAt) }) : t("Data.statusListsNone")}
      </li>
      <li data-testid="rules-status">
        {data.rules
          ? `${t("Data.rules", { count: data.rules.rules.length, at: at(data.rules.fetchedAt) })}${validity(t, locale, data.rules.validUntil)}`
          : data.rulesError
            ? t("Data.rulesError", { error: data.rulesError })
            : t("Data.rulesNone")}
      </li>
    </ul>
  );
};

const staleWording = (t: TTranslate, locale: TLocale): StaleWording => ({
  expired: (kind, date) =>
    kind === "rules"
      ? t("Data.rulesExpired", { at: formatMoment(date, locale) })
      : t("Data.trustListExpired", { at: formatMoment(date, locale) }),
  list: (parts) => new Intl.ListFormat(locale).format(parts),
  warning: (what) => t("Data.stale", { what }),
});

/**
 * Says whether the checker can work, offline too, when its trust list, status lists and rules were last refreshed,
 * how many trust documents added on this device it also trusts, and plainly when what it holds is past its validity.
 */
export const DataStatus = ({ state, localDocuments }: { state: IssuerDataState; localDocuments: number }) => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
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
  const warning = staleWarning(stale, staleWording(t, locale));
  return (
    <section
      aria-label={t("Data.label")}
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
            {!online ? <span className="font-medium text-amber-700">{t("Data.offline")} </span> : null}
            {data ? summaryLine(t, locale, data) : (error ?? t("Data.loading"))}
            {data ? <span className="text-slate-500"> {t("Data.worksOffline")}</span> : null}
            {localDocuments ? (
              <span data-testid="local-trust-status"> {t("Data.localDocuments", { count: localDocuments })}</span>
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
          {refreshing ? t("Data.refreshing") : t("Data.refresh")}
        </button>
      </div>
    </section>
  );
};
