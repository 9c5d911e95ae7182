"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/** One series of a chart: the field it draws, its name in the legend and tooltip, and its colour. */
export type TChartSeries = { key: string; name: string; color: string };

/** What one dashboard chart draws: its rows, the field along the x axis, and one line or bar per series. */
export type SeriesChartProps = {
  title: string;
  kind: "line" | "bar";
  data: object[];
  x: string;
  series: TChartSeries[];
};

/**
 * A titled chart of whole-number series over `x`, drawn without animation; a legend names the series when there
 * is more than one. Recharts finds its lines and bars among the chart's direct children, so they are drawn here
 * rather than by a component of their own.
 */
export const SeriesChart = ({ title, kind, data, x, series }: SeriesChartProps) => {
  const Chart = kind === "line" ? LineChart : BarChart;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 font-semibold text-slate-900">{title}</figcaption>
      <div className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <Chart data={data} margin={{ left: 8, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey={x} tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip />
            {series.length > 1 && <Legend />}
            {series.map(({ key, name, color }) =>
              kind === "line" ? (
                <Line
                  key={key}
                  type="monotone"
                  dataKey={key}
                  name={name}
                  stroke={color}
                  dot={false}
                  isAnimationActive={false}
                />
              ) : (
                <Bar key={key} dataKey={key} name={name} fill={color} isAnimationActive={false} />
              ),
            )}
          </Chart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
};
