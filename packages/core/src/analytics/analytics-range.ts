import type { TAnalyticsQuery } from "../schemas/analytics";

/** The dashboard's filters as applied: a programme or all, and the first and last UTC day counted. */
export type TAnalyticsRange = { programmeId: string | null; from: string; to: string };

/** How many days the dashboard counts when no start is given: the last 30, today included. */
export const DEFAULT_ANALYTICS_DAYS = 30;

const DAY_MS = 86_400_000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Fills in the dashboard's default range (the 30 days up to `to`, or up to today). */
export const analyticsRange = ({ programmeId, from, to }: TAnalyticsQuery, now: Date): TAnalyticsRange => {
  const last = to ?? (from && from > isoDay(now) ? from : isoDay(now));
  const first = from ?? isoDay(new Date(Date.parse(last) - (DEFAULT_ANALYTICS_DAYS - 1) * DAY_MS));
  return { programmeId: programmeId ?? null, from: first, to: last };
};

/** Every UTC day of a range, first to last. */
export const daysOf = ({ from, to }: TAnalyticsRange): string[] => {
  const days: string[] = [];
  for (let time = Date.parse(from); time <= Date.parse(to); time += DAY_MS) days.push(isoDay(new Date(time)));
  return days;
};

/** A range cut into its whole calendar months (named by their first days) and the loose days at either end. */
export type TMonthSplit = { months: { from: string; to: string } | null; days: Array<{ from: string; to: string }> };

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(day) + days * DAY_MS));
const nextMonthStart = (day: string) => {
  const date = new Date(Date.parse(monthStart(day)));
  return isoDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
};

/** Splits a range so that monthly summaries answer its whole months and daily ones only the days around them. */
export const monthSplit = ({ from, to }: TAnalyticsRange): TMonthSplit => {
  const firstWhole = from === monthStart(from) ? from : nextMonthStart(from);
  const afterLastWhole = addDays(to, 1) === nextMonthStart(to) ? addDays(to, 1) : monthStart(to);
  if (firstWhole >= afterLastWhole) return { months: null, days: [{ from, to }] };
  return {
    months: { from: firstWhole, to: monthStart(addDays(afterLastWhole, -1)) },
    days: [
      ...(from < firstWhole ? [{ from, to: addDays(firstWhole, -1) }] : []),
      ...(afterLastWhole <= to ? [{ from: afterLastWhole, to }] : []),
    ],
  };
};
