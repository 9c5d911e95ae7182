import { z } from "zod";

/** The longest date range the dashboard counts over, in days (a little over three years). */
export const MAX_ANALYTICS_RANGE_DAYS = 1100;

const DAY_MS = 86_400_000;

const isoDay = (label: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
      `${label} must be a date (YYYY-MM-DD)`,
    )
    .meta({ description: `${label}, a UTC calendar day (YYYY-MM-DD)`, example: "2026-01-31" });

/**
 * The dashboard's filters: one programme or all, and a range of UTC calendar days, both ends
 * included. Empty values mean "all programmes" and the last 30 days up to today.
 */
export const ZAnalyticsQuery = z
  .object({
    programmeId: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((value) => value || undefined)
      .meta({ description: "One programme's figures; all the tenant's when left out" }),
    from: z
      .union([z.literal(""), isoDay("From")])
      .optional()
      .transform((value) => value || undefined),
    to: z
      .union([z.literal(""), isoDay("To")])
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine(({ from, to }, context) => {
    if (!from || !to) return;
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
    if (days < 0) context.addIssue({ code: "custom", path: ["to"], message: "To must not be before From" });
    if (days >= MAX_ANALYTICS_RANGE_DAYS)
      context.addIssue({ code: "custom", path: ["to"], message: `Choose at most ${MAX_ANALYTICS_RANGE_DAYS} days` });
  });

/** Parsed dashboard filters. */
export type TAnalyticsQuery = Partial<z.output<typeof ZAnalyticsQuery>>;

/** The tables the dashboard shows, each downloadable as CSV. */
export const analyticsTables = ["days", "facilities", "districts", "vaccines", "ratings"] as const;

/** One of {@link analyticsTables}. */
export type TAnalyticsTable = (typeof analyticsTables)[number];

/** A CSV download's query: which table (the day-by-day one when left out) and the dashboard's filters. */
export const ZAnalyticsCsvQuery = ZAnalyticsQuery.safeExtend({
  table: z
    .enum(analyticsTables, { error: `The table is one of ${analyticsTables.join(", ")}` })
    .default("days")
    .meta({ description: "Which table: days, facilities, districts, vaccines or ratings" }),
});

/** The filters the figures were counted with, as applied. */
export const ZAnalyticsRange = z.object({
  programmeId: z.string().nullable(),
  from: z.string().meta({ description: "First day counted (UTC, YYYY-MM-DD)" }),
  to: z.string().meta({ description: "Last day counted (UTC, YYYY-MM-DD)" }),
});

/** Doses, certificates, corrections and revocations of one day. */
export const ZAnalyticsDay = z.object({
  day: z.string(),
  doses: z.number().int(),
  certificates: z.number().int(),
  corrections: z.number().int(),
  revocations: z.number().int(),
});

/** Doses and certificates of one facility. */
export const ZAnalyticsFacility = z.object({
  facilityId: z.string(),
  facilityName: z.string(),
  district: z.string(),
  doses: z.number().int(),
  certificates: z.number().int(),
});

/** Doses and certificates of one district (its facilities' sum; "" for facilities with none given). */
export const ZAnalyticsDistrict = z.object({
  district: z.string(),
  facilities: z.number().int(),
  doses: z.number().int(),
  certificates: z.number().int(),
});

/** Doses and certificates of one vaccine's dose number. */
export const ZAnalyticsVaccineDose = z.object({
  vaccineId: z.string(),
  vaccineName: z.string(),
  dose: z.number().int(),
  doses: z.number().int(),
  certificates: z.number().int(),
});

/** How many citizens gave one rating. */
export const ZAnalyticsRating = z.object({ rating: z.number().int(), count: z.number().int() });

/** Everything the dashboard shows, for one set of filters, and how fresh it is. */
export const ZAnalyticsView = z
  .object({
    range: ZAnalyticsRange,
    refreshedAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: "The instant the figures are true of; null before the first refresh" }),
    totals: z.object({
      doses: z.number().int(),
      certificates: z.number().int(),
      corrections: z.number().int(),
      revocations: z.number().int(),
      feedback: z.number().int(),
      averageRating: z.number().nullable(),
    }),
    days: z.array(ZAnalyticsDay),
    facilities: z.array(ZAnalyticsFacility),
    districts: z.array(ZAnalyticsDistrict),
    vaccines: z.array(ZAnalyticsVaccineDose),
    ratings: z.array(ZAnalyticsRating),
  })
  .meta({ id: "Analytics" });

/** The dashboard's figures. */
export type TAnalyticsView = z.output<typeof ZAnalyticsView>;

/** A recount asked for by an admin: `force` recounts even when nothing seems to have changed since the last one. */
export const ZAnalyticsRefreshInput = z.object({
  force: z.boolean({ error: "Say whether to recount even when nothing changed (force: true or false)" }),
});

/** A parsed recount request. */
export type TAnalyticsRefreshInput = z.output<typeof ZAnalyticsRefreshInput>;

/** What a refresh of the figures left standing. */
export const ZAnalyticsRefreshView = z.object({
  outcome: z.enum(["refreshed", "unchanged", "busy"]),
  refreshedAt: z.iso.datetime().nullable(),
});
