"use client";

import type { TAnalyticsView } from "@vax/core/schemas";
import { useTranslations } from "next-intl";
import { SeriesChart } from "./series-chart";

// Only the busiest are drawn; the tables and their CSV hold every row.
const TOP = 15;
const TEAL = "#0f766e";
const AMBER = "#b45309";
const RED = "#b91c1c";
const SLATE = "#475569";

/** The dashboard's charts (recharts): per day, per vaccine dose, per district and the feedback ratings. */
export const AnalyticsCharts = ({ view }: { view: TAnalyticsView }) => {
  const t = useTranslations("AnalyticsCharts");
  const vaccines = view.vaccines.map((row) => ({
    ...row,
    label: t("vaccineDose", { vaccine: row.vaccineName, dose: row.dose }),
  }));
  const districts = view.districts.slice(0, TOP).map((row) => ({ ...row, label: row.district || t("noDistrict") }));
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <SeriesChart
        title={t("dosesAndCertificates")}
        kind="line"
        data={view.days}
        x="day"
        series={[
          { key: "doses", name: t("doses"), color: TEAL },
          { key: "certificates", name: t("certificates"), color: SLATE },
        ]}
      />
      <SeriesChart
        title={t("correctionsAndRevocations")}
        kind="bar"
        data={view.days}
        x="day"
        series={[
          { key: "corrections", name: t("corrections"), color: AMBER },
          { key: "revocations", name: t("revocations"), color: RED },
        ]}
      />
      <SeriesChart
        title={t("perVaccine")}
        kind="bar"
        data={vaccines}
        x="label"
        series={[{ key: "doses", name: t("doses"), color: TEAL }]}
      />
      <SeriesChart
        title={t("perDistrict", { top: TOP })}
        kind="bar"
        data={districts}
        x="label"
        series={[{ key: "doses", name: t("doses"), color: TEAL }]}
      />
      <SeriesChart
        title={t("ratings")}
        kind="bar"
        data={view.ratings}
        x="rating"
        series={[{ key: "count", name: t("feedback"), color: SLATE }]}
      />
    </div>
  );
};
