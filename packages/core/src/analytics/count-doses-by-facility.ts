import { prisma } from "@vax/db";
import type { TAnalyticsQuery } from "../schemas/analytics";
import { type TActor, tenantFilter } from "../shared/actor";
import { analyticsRange } from "./analytics-range";
import { summaryWhere } from "./summary-where";

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

/** Doses and certificates per facility over the range, the busiest first; facilities with none are left out. */
export const countDosesByFacility = async ({
  actor,
  query,
  now = new Date(),
}: CountDosesByFacilityOptions): Promise<TAnalyticsFacility[]> => {
  const [groups, facilities] = await Promise.all([
    prisma.analyticsFacilityDay.groupBy({
      by: ["facilityId"],
      where: summaryWhere(actor, analyticsRange(query, now)),
      _sum: { doses: true, certificates: true },
    }),
    prisma.facility.findMany({ where: tenantFilter(actor), select: { id: true, name: true, district: true } }),
  ]);
  const byId = new Map(facilities.map((facility) => [facility.id, facility]));
  return groups
    .map(({ facilityId, _sum }) => ({
      facilityId,
      facilityName: byId.get(facilityId)?.name ?? facilityId,
      district: byId.get(facilityId)?.district ?? "",
      doses: _sum.doses ?? 0,
      certificates: _sum.certificates ?? 0,
    }))
    .sort((a, b) => b.doses - a.doses || a.facilityName.localeCompare(b.facilityName));
};
