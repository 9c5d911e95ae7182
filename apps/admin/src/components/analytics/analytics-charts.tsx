"use client";

import type { TAnalyticsView } from "@vax/core/schemas";
import type { ReactNode } from "react";
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

// Only the busiest are drawn; the tables and their CSV hold every row.
const TOP = 15;
const TEAL = "#0f766e";
const AMBER = "#b45309";
const RED = "#b91c1c";
const SLATE = "#475569";

const ChartFrame = ({ title, children }: { title: string; children: ReactNode }) => (
  <figure className="rounded-lg border border-slate-200 bg-white p-4">
    <figcaption className="mb-2 font-semibold text-slate-900">{title}</figcaption>
    <div className="h-64">
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  </figure>
);

/** The dashboard's charts (recharts): per day, per vaccine dose, per district and the feedback ratings. */
export const AnalyticsCharts = ({ view }: { view: TAnalyticsView }) => {
  const vaccines = view.vaccines.map((row) => ({ ...row, label: `${row.vaccineName} dose ${row.dose}` }));
  const districts = view.districts.slice(0, TOP).map((row) => ({ ...row, label: row.district || "(none given)" }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFrame title="Doses and certificates per day">
        <LineChart data={view.days} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="doses" name="Doses" stroke={TEAL} dot={false} isAnimationActive={false} />
          <Line
            type="monotone"
            dataKey="certificates"
            name="Certificates"
            stroke={SLATE}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartFrame>
      <ChartFrame title="Corrections and revocations per day">
        <BarChart data={view.days} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="corrections" name="Corrections" fill={AMBER} isAnimationActive={false} />
          <Bar dataKey="revocations" name="Revocations" fill={RED} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
      <ChartFrame title="Doses per vaccine and dose number">
        <BarChart data={vaccines} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="doses" name="Doses" fill={TEAL} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
      <ChartFrame title={`Doses per district (busiest ${TOP})`}>
        <BarChart data={districts} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="doses" name="Doses" fill={TEAL} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
      <ChartFrame title="Feedback ratings">
        <BarChart data={view.ratings} margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="rating" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="count" name="Feedback" fill={SLATE} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
    </div>
  );
};
