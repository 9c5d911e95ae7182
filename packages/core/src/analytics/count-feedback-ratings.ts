import { prisma } from "@vax/db";
import type { TAnalyticsQuery } from "../schemas/analytics";
import type { TActor } from "../shared/actor";
import { analyticsRange } from "./analytics-range";
import { summaryWhere } from "./summary-where";

/** How many citizens gave one rating. */
export type TAnalyticsRating = { rating: number; count: number };

/** Options for {@link countFeedbackRatings}. */
export type CountFeedbackRatingsOptions = { actor: TActor; query: TAnalyticsQuery; now?: Date };

/** The feedback given in the range per rating, 1 to 5, every rating listed; the programme is the rated certificate's. */
export const countFeedbackRatings = async ({
  actor,
  query,
  now = new Date(),
}: CountFeedbackRatingsOptions): Promise<TAnalyticsRating[]> => {
  const groups = await prisma.analyticsRatingDay.groupBy({
    by: ["rating"],
    where: summaryWhere(actor, analyticsRange(query, now)),
    _sum: { count: true },
  });
  const counts = new Map(groups.map(({ rating, _sum }) => [rating, _sum.count ?? 0]));
  return [1, 2, 3, 4, 5].map((rating) => ({ rating, count: counts.get(rating) ?? 0 }));
};

/** The mean of the ratings counted, to one decimal; null when there are none. */
export const averageRating = (ratings: readonly TAnalyticsRating[]): number | null => {
  const count = ratings.reduce((sum, { count }) => sum + count, 0);
  if (count === 0) return null;
  return Math.round((ratings.reduce((sum, { rating, count }) => sum + rating * count, 0) / count) * 10) / 10;
};
