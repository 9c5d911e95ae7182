import type { TAnalyticsQuery } from "../schemas/analytics";
import type { TActor } from "../shared/actor";
import { countDosesByFacility, type TAnalyticsFacility } from "./count-doses-by-facility";

/** One district's doses and certificates: the sum of its facilities' ("" for facilities that name none). */
export type TAnalyticsDistrict = { district: string; facilities: number; doses: number; certificates: number };

/** Options for {@link countDosesByDistrict}. */
export type CountDosesByDistrictOptions = { actor: TActor; query: TAnalyticsQuery; now?: Date };

/** Sums facilities' figures by the district each facility names today. */
export const districtsOf = (facilities: readonly TAnalyticsFacility[]): TAnalyticsDistrict[] => {
  const byDistrict = new Map<string, TAnalyticsDistrict>();
  for (const { district, doses, certificates } of facilities) {
    const sum = byDistrict.get(district) ?? { district, facilities: 0, doses: 0, certificates: 0 };
    byDistrict.set(district, {
      district,
      facilities: sum.facilities + 1,
      doses: sum.doses + doses,
      certificates: sum.certificates + certificates,
    });
  }
  return [...byDistrict.values()].sort((a, b) => b.doses - a.doses || a.district.localeCompare(b.district));
};

/**
 * Doses and certificates per district over the range, the busiest first. A district is where the
 * facility that gave the dose is, as the facility's record says today.
 */
export const countDosesByDistrict = async (options: CountDosesByDistrictOptions): Promise<TAnalyticsDistrict[]> =>
  districtsOf(await countDosesByFacility(options));
