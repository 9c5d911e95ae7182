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
