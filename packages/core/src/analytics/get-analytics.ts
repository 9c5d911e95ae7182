import type { TAnalyticsQuery, TAnalyticsView } from "../schemas/analytics";
import type { TActor } from "../shared/actor";
import { analyticsFreshness } from "./analytics-freshness";
import { analyticsRange } from "./analytics-range";
import { countDosesByDay } from "./count-doses-by-day";
import { districtsOf } from "./count-doses-by-district";
import { countDosesByFacility } from "./count-doses-by-facility";
import { countDosesByVaccine } from "./count-doses-by-vaccine";
import { averageRating, countFeedbackRatings } from "./count-feedback-ratings";

/** Options for {@link getAnalytics}. */
export type GetAnalyticsOptions = { actor: TActor; query: TAnalyticsQuery; now?: Date };

/**
 * Everything the analytics dashboard shows for a programme (or all) and a range of days: doses and
 * certificates per day, facility, district and vaccine dose, corrections and revocations, feedback
 * ratings, and as of when, all read from the summary tables the analytics refresh keeps.
 */
export const getAnalytics = async ({
  actor,
  query,
  now = new Date(),
}: GetAnalyticsOptions): Promise<TAnalyticsView> => {
  const options = { actor, query, now };
  const [refreshedAt, days, facilities, vaccines, ratings] = await Promise.all([
    analyticsFreshness(actor),
    countDosesByDay(options),
    countDosesByFacility(options),
    countDosesByVaccine(options),
    countFeedbackRatings(options),
  ]);
  const sum = (key: "doses" | "certificates" | "corrections" | "revocations") =>
    days.reduce((total, day) => total + day[key], 0);
  return {
    range: analyticsRange(query, now),
    refreshedAt: refreshedAt?.toISOString() ?? null,
    totals: {
      doses: sum("doses"),
      certificates: sum("certificates"),
      corrections: sum("corrections"),
      revocations: sum("revocations"),
      feedback: ratings.reduce((total, { count }) => total + count, 0),
      averageRating: averageRating(ratings),
    },
    days,
    facilities,
    districts: districtsOf(facilities),
    vaccines,
    ratings,
  };
};
