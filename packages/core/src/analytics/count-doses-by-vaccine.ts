import { prisma } from "@vax/db";
import type { TAnalyticsQuery } from "../schemas/analytics";
import { type TActor, tenantFilter } from "../shared/actor";
import { analyticsRange } from "./analytics-range";
import { summaryWhere } from "./summary-where";

/** One vaccine's dose number: doses given and certificates issued in the range. */
export type TAnalyticsVaccineDose = {
  vaccineId: string;
  vaccineName: string;
  dose: number;
  doses: number;
  certificates: number;
};

/** Options for {@link countDosesByVaccine}. */
export type CountDosesByVaccineOptions = { actor: TActor; query: TAnalyticsQuery; now?: Date };

/** Doses and certificates per vaccine and dose number over the range, by vaccine name then dose. */
export const countDosesByVaccine = async ({
  actor,
  query,
  now = new Date(),
}: CountDosesByVaccineOptions): Promise<TAnalyticsVaccineDose[]> => {
  const [groups, vaccines] = await Promise.all([
    prisma.analyticsVaccineDay.groupBy({
      by: ["vaccineId", "dose"],
      where: summaryWhere(actor, analyticsRange(query, now)),
      _sum: { doses: true, certificates: true },
    }),
    prisma.vaccine.findMany({ where: tenantFilter(actor), select: { id: true, name: true } }),
  ]);
  const names = new Map(vaccines.map(({ id, name }) => [id, name]));
  return groups
    .map(({ vaccineId, dose, _sum }) => ({
      vaccineId,
      vaccineName: names.get(vaccineId) ?? vaccineId,
      dose,
      doses: _sum.doses ?? 0,
      certificates: _sum.certificates ?? 0,
    }))
    .sort((a, b) => a.vaccineName.localeCompare(b.vaccineName) || a.dose - b.dose);
};
