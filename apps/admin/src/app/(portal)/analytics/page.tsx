import { can } from "@vax/auth/permissions";
import { getAnalytics } from "@vax/core";
import { type TAnalyticsTable, ZAnalyticsQuery } from "@vax/core/schemas";
import { PageHeader } from "@vax/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnalyticsCharts } from "@/components/analytics/analytics-charts";
import { AnalyticsFilters } from "@/components/analytics/analytics-filters";
import { AnalyticsTable } from "@/components/analytics/analytics-table";
import { RecountButton } from "@/components/analytics/recount-button";
import { Forbidden } from "@/components/forbidden";
import { QueryRefusal } from "@/components/query-refusal";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { guardPage } from "@/lib/guard";
import { programmeOptions } from "@/lib/programme-options";

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The analytics dashboard: doses and certificates per day, facility, district and vaccine dose,
 * corrections, revocations and feedback ratings, for a programme and a range of days, each table
 * downloadable as CSV. Monitoring users read it; only tenant admins may ask for a recount.
 */
const AnalyticsPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const { actor, allowed } = await guardPage("analytics:read", "/analytics");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("AnalyticsPage");
  const { dateTime } = await getDateFormatters();
  const format = await getFormatter();
  const count = (value: number) => format.number(value);
  const params = await searchParams;
  const query = ZAnalyticsQuery.safeParse({
    programmeId: one(params.programmeId),
    from: one(params.from),
    to: one(params.to),
  });
  if (!query.success) return <QueryRefusal error={query.error} fallback={t("unreadable")} />;
  const [view, programmes] = await Promise.all([getAnalytics({ actor, query: query.data }), programmeOptions(actor)]);
  const { range, totals } = view;
  const csvHref = (table: TAnalyticsTable) =>
    `/api/v1/analytics/csv?${new URLSearchParams({ table, ...(range.programmeId ? { programmeId: range.programmeId } : {}), from: range.from, to: range.to })}`;
  const tiles = [
    { label: t("doses"), value: count(totals.doses) },
    { label: t("certificates"), value: count(totals.certificates) },
    { label: t("corrections"), value: count(totals.corrections) },
    { label: t("revocations"), value: count(totals.revocations) },
    { label: t("feedback"), value: count(totals.feedback) },
    {
      label: t("averageRating"),
      value: totals.averageRating === null ? "—" : t("ratingOutOf", { rating: totals.averageRating }),
    },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <AnalyticsFilters range={range} programmes={programmes} />
          {can(actor.role, "analytics:refresh") ? <RecountButton /> : null}
        </div>
        <p className="text-sm text-slate-600" data-testid="analytics-freshness">
          {view.refreshedAt ? t("freshness", { time: dateTime(view.refreshedAt) }) : t("notCounted")}
        </p>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3 lg:grid-cols-6">
          {tiles.map((tile) => (
            <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{tile.label}</dt>
              <dd className="mt-1 text-2xl font-semibold">{tile.value}</dd>
            </div>
          ))}
        </dl>
        <AnalyticsCharts view={view} />
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <AnalyticsTable
            caption={t("perVaccine")}
            columns={[t("vaccine"), t("dose"), t("doses"), t("certificates")]}
            rows={view.vaccines.map((row) => ({
              key: `${row.vaccineId}:${row.dose}`,
              cells: [row.vaccineName, row.dose, count(row.doses), count(row.certificates)],
            }))}
            csvHref={csvHref("vaccines")}
          />
          <AnalyticsTable
            caption={t("perDistrict")}
            columns={[t("district"), t("facilities"), t("doses"), t("certificates")]}
            rows={view.districts.map((row) => ({
              key: row.district,
              cells: [row.district || t("noDistrict"), row.facilities, count(row.doses), count(row.certificates)],
            }))}
            csvHref={csvHref("districts")}
          />
          <AnalyticsTable
            caption={t("perFacility")}
            columns={[t("facility"), t("district"), t("doses"), t("certificates")]}
            rows={view.facilities.map((row) => ({
              key: row.facilityId,
              cells: [row.facilityName, row.district, count(row.doses), count(row.certificates)],
            }))}
            csvHref={csvHref("facilities")}
          />
          <AnalyticsTable
            caption={t("ratings")}
            columns={[t("rating"), t("feedback")]}
            rows={view.ratings.map((row) => ({
              key: String(row.rating),
              cells: [t("ratingOutOf", { rating: row.rating }), count(row.count)],
            }))}
            csvHref={csvHref("ratings")}
          />
        </div>
        <AnalyticsTable
          caption={t("perDay")}
          columns={[t("day"), t("doses"), t("certificates"), t("corrections"), t("revocations")]}
          rows={[...view.days].reverse().map((row) => ({
            key: row.day,
            cells: [row.day, count(row.doses), count(row.certificates), count(row.corrections), count(row.revocations)],
          }))}
          csvHref={csvHref("days")}
        />
      </div>
    </>
  );
};

export default AnalyticsPage;
