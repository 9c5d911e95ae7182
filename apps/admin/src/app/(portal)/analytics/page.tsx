import { can } from "@vax/auth/permissions";
import { getAnalytics } from "@vax/core";
import { type TAnalyticsTable, ZAnalyticsQuery } from "@vax/core/schemas";
import { Alert, PageHeader } from "@vax/ui";
import { AnalyticsCharts } from "@/components/analytics/analytics-charts";
import { AnalyticsFilters } from "@/components/analytics/analytics-filters";
import { AnalyticsTable } from "@/components/analytics/analytics-table";
import { RecountButton } from "@/components/analytics/recount-button";
import { Forbidden } from "@/components/forbidden";
import { formatDateTime } from "@/lib/format-date-time";
import { guardPage } from "@/lib/guard";
import { programmeOptions } from "@/lib/programme-options";

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const count = (value: number) => value.toLocaleString("en-IN");

/**
 * The analytics dashboard: doses and certificates per day, facility, district and vaccine dose,
 * corrections, revocations and feedback ratings, for a programme and a range of days, each table
 * downloadable as CSV. Monitoring users read it; only tenant admins may ask for a recount.
 */
const AnalyticsPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const { actor, allowed } = await guardPage("analytics:read", "/analytics");
  if (!allowed) return <Forbidden />;
  const params = await searchParams;
  const query = ZAnalyticsQuery.safeParse({
    programmeId: one(params.programmeId),
    from: one(params.from),
    to: one(params.to),
  });
  if (!query.success)
    return <Alert tone="error">{query.error.issues[0]?.message ?? "These filters cannot be read"}</Alert>;
  const [view, programmes] = await Promise.all([getAnalytics({ actor, query: query.data }), programmeOptions(actor)]);
  const { range, totals } = view;
  const csvHref = (table: TAnalyticsTable) =>
    `/api/v1/analytics/csv?${new URLSearchParams({ table, ...(range.programmeId ? { programmeId: range.programmeId } : {}), from: range.from, to: range.to })}`;
  const tiles = [
    { label: "Doses", value: count(totals.doses) },
    { label: "Certificates", value: count(totals.certificates) },
    { label: "Corrections", value: count(totals.corrections) },
    { label: "Revocations", value: count(totals.revocations) },
    { label: "Feedback", value: count(totals.feedback) },
    { label: "Average rating", value: totals.averageRating === null ? "—" : `${totals.averageRating} / 5` },
  ];
  return (
    <>
      <PageHeader
        title="Analytics"
        description="Doses by vaccination day; certificates, corrections and revocations by the day they happened (UTC)."
      />
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <AnalyticsFilters range={range} programmes={programmes} />
          {can(actor.role, "analytics:refresh") ? <RecountButton /> : null}
        </div>
        <p className="text-sm text-slate-600" data-testid="analytics-freshness">
          {view.refreshedAt
            ? `Figures as of ${formatDateTime(view.refreshedAt)}; the worker recounts them every five minutes.`
            : "Not counted yet: the worker counts the figures when it starts, then every five minutes."}
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
            caption="Per vaccine and dose"
            columns={["Vaccine", "Dose", "Doses", "Certificates"]}
            rows={view.vaccines.map((row) => ({
              key: `${row.vaccineId}:${row.dose}`,
              cells: [row.vaccineName, row.dose, count(row.doses), count(row.certificates)],
            }))}
            csvHref={csvHref("vaccines")}
          />
          <AnalyticsTable
            caption="Per district"
            columns={["District", "Facilities", "Doses", "Certificates"]}
            rows={view.districts.map((row) => ({
              key: row.district,
              cells: [row.district || "(none given)", row.facilities, count(row.doses), count(row.certificates)],
            }))}
            csvHref={csvHref("districts")}
          />
          <AnalyticsTable
            caption="Per facility"
            columns={["Facility", "District", "Doses", "Certificates"]}
            rows={view.facilities.map((row) => ({
              key: row.facilityId,
              cells: [row.facilityName, row.district, count(row.doses), count(row.certificates)],
            }))}
            csvHref={csvHref("facilities")}
          />
          <AnalyticsTable
            caption="Feedback ratings"
            columns={["Rating", "Feedback"]}
            rows={view.ratings.map((row) => ({
              key: String(row.rating),
              cells: [`${row.rating} / 5`, count(row.count)],
            }))}
            csvHref={csvHref("ratings")}
          />
        </div>
        <AnalyticsTable
          caption="Per day"
          columns={["Day", "Doses", "Certificates", "Corrections", "Revocations"]}
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
