import { prisma } from "@vax/db";
import { type TActor, tenantFilter } from "../shared/actor";

/** How a facility's vaccinations were rated: how many pieces of feedback, and their average rating. */
export type TFacilityFeedback = {
  facilityId: string;
  facilityName: string;
  count: number;
  /** The mean of the ratings given, to one decimal; null when none carried a rating. */
  averageRating: number | null;
};

/** Options for {@link feedbackByFacility}. */
export type FeedbackByFacilityOptions = { actor: TActor };

/**
 * The tenant's feedback counted per facility (the facility where the rated dose was given), with
 * the average rating, the most rated facility first.
 */
export const feedbackByFacility = async ({ actor }: FeedbackByFacilityOptions): Promise<TFacilityFeedback[]> => {
  const groups = await prisma.feedback.groupBy({
    by: ["facilityId"],
    where: { ...tenantFilter(actor), facilityId: { not: null } },
    _count: { _all: true },
    _avg: { rating: true },
  });
  const ids = groups.flatMap(({ facilityId }) => (facilityId ? [facilityId] : []));
  const facilities = await prisma.facility.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(facilities.map(({ id, name }) => [id, name]));
  return groups
    .flatMap(({ facilityId, _count, _avg }) =>
      facilityId
        ? [
            {
              facilityId,
              facilityName: names.get(facilityId) ?? facilityId,
              count: _count._all,
              averageRating: _avg.rating === null ? null : Math.round(_avg.rating * 10) / 10,
            },
          ]
        : [],
    )
    .sort((a, b) => b.count - a.count || a.facilityName.localeCompare(b.facilityName));
};
