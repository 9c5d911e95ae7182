import { prisma } from "@vax/db";
import type { TAnalyticsQuery } from "../schemas/analytics";
import type { TActor } from "../shared/actor";
import { analyticsRange, daysOf } from "./analytics-range";
import { summaryWhere } from "./summary-where";

/** One day's figures: doses given, certificates issued, of them corrections, and certificates revoked. */
export type TAnalyticsDay = {
  day: string;
  doses: number;
  certificates: number;
  corrections: number;
  revocations: number;
};

/** Options for {@link countDosesByDay}. */
export type CountDosesByDayOptions = { actor: TActor; query: TAnalyticsQuery; now?: Date };

/** Doses, certificates, corrections and revocations per UTC day of the range, every day listed (zeros included). */
export const countDosesByDay = async ({
  actor,
  query,
  now = new Date(),
}: CountDosesByDayOptions): Promise<TAnalyticsDay[]> => {
  const range = analyticsRange(query, now);
  const groups = await prisma.analyticsDay.groupBy({
    by: ["day"],
    where: summaryWhere(actor, range),
    _sum: { doses: true, certificates: true, corrections: true, revocations: true },
  });
  const byDay = new Map(groups.map(({ day, _sum }) => [day.toISOString().slice(0, 10), _sum]));
  return daysOf(range).map((day) => {
    const sum = byDay.get(day);
    return {
      day,
      doses: sum?.doses ?? 0,
      certificates: sum?.certificates ?? 0,
      corrections: sum?.corrections ?? 0,
      revocations: sum?.revocations ?? 0,
    };
  });
};
