import { prisma } from "@vax/db";
import type { TAnalyticsQuery } from "../schemas/analytics";
import { type TActor, tenantFilter } from "../shared/actor";
import { analyticsRange, monthSplit } from "./analytics-range";

/** One facility's doses given and certificates issued in the range, with its district as it stands. */
export type TAnalyticsFacility = {
  facilityId: string;
  facilityName: string;
  district: string;
  doses: number;
  certificates: number;
};

/** Options for {@link countDosesByFacility}. */
export type CountDosesByFacilityOptions = { actor: TActor; query: TAnalyticsQuery; now?: Date };

type TSums = Array<{ facilityId: string; _sum: { doses: number | null; certificates: number | null } }>;

/**
 * Doses and certificates per facility over the range, the busiest first; facilities with none are
 * left out. Whole months are read from the monthly summary, the days around them from the daily one.
 */
export const countDosesByFacility = async ({
  actor,
  query,
  now = new Date(),
}: CountDosesByFacilityOptions): Promise<TAnalyticsFacility[]> => {
  const range = analyticsRange(query, now);
  const { months, days } = monthSplit(range);
  const scope = { ...tenantFilter(actor), ...(range.programmeId ? { programmeId: range.programmeId } : {}) };
  const _sum = { doses: true, certificates: true } as const;
  const [dayGroups, monthGroups, facilities] = await Promise.all([
    days.length > 0
      ? prisma.analyticsFacilityDay.groupBy({
          by: ["facilityId"],
          where: { ...scope, OR: days.map(({ from, to }) => ({ day: { gte: new Date(from), lte: new Date(to) } })) },
          _sum,
        })
      : ([] as TSums),
    months
      ? prisma.analyticsFacilityMonth.groupBy({
          by: ["facilityId"],
          where: { ...scope, month: { gte: new Date(months.from), lte: new Date(months.to) } },
          _sum,
        })
      : ([] as TSums),
    prisma.facility.findMany({ where: tenantFilter(actor), select: { id: true, name: true, district: true } }),
  ]);
  const byId = new Map(facilities.map((facility) => [facility.id, facility]));
  const totals = new Map<string, TAnalyticsFacility>();
  for (const { facilityId, _sum: sum } of [...dayGroups, ...monthGroups]) {
    const facility = byId.get(facilityId);
    const total = totals.get(facilityId) ?? {
      facilityId,
      facilityName: facility?.name ?? facilityId,
      district: facility?.district ?? "",
      doses: 0,
      certificates: 0,
    };
    totals.set(facilityId, {
      ...total,
      doses: total.doses + (sum.doses ?? 0),
      certificates: total.certificates + (sum.certificates ?? 0),
    });
  }
  return [...totals.values()].sort((a, b) => b.doses - a.doses || a.facilityName.localeCompare(b.facilityName));
};
