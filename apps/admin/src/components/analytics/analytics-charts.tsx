"use client";

import type { TAnalyticsView } from "@vax/core/schemas";
import { SeriesChart } from "./series-chart";

// Only the busiest are drawn; the tables and their CSV hold every row.
const TOP = 15;
const TEAL = "#0f766e";
const AMBER = "#b45309";
const RED = "#b91c1c";
const SLATE = "#475569";

/** The dashboard's charts (recharts): per day, per vaccine dose, per district and the feedback ratings. */
export const AnalyticsCharts = ({ view }: { view: TAnalyticsView }) => {
  const vaccines = view.vaccines.map((row) => ({ ...row, label: `${row.vaccineName} dose ${row.dose}` }));
  const districts = view.districts.slice(0, TOP).map((row) => ({ ...row, label: row.district || "(none given)" }));
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <SeriesChart
        title="Doses and certificates per day"
        kind="line"
        data={view.days}
        x="day"
        series={[
          { key: "doses", name: "Doses", color: TEAL },
          { key: "certificates", name: "Certificates", color: SLATE },
        ]}
      />
      <SeriesChart
        title="Corrections and revocations per day"
        kind="bar"
        data={view.days}
        x="day"
        series={[
          { key: "corrections", name: "Corrections", color: AMBER },
          { key: "revocations", name: "Revocations", color: RED },
        ]}
      />
      <SeriesChart
        title="Doses per vaccine and dose number"
        kind="bar"
        data={vaccines}
        x="label"
        series={[{ key: "doses", name: "Doses", color: TEAL }]}
      />
      <SeriesChart
        title={`Doses per district (busiest ${TOP})`}
        kind="bar"
        data={districts}
        x="label"
        series={[{ key: "doses", name: "Doses", color: TEAL }]}
      />
      <SeriesChart
        title="Feedback ratings"
        kind="bar"
        data={view.ratings}
        x="rating"
        series={[{ key: "count", name: "Feedback", color: SLATE }]}
      />
    </div>
  );
};
