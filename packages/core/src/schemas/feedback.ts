import { z } from "zod";
import { ZListQuery } from "./list-query";

/** The longest feedback text a citizen may send. */
export const MAX_FEEDBACK_LENGTH = 1000;

/** A citizen's feedback on the vaccination behind one of their certificates: a rating of 1 to 5 and, if they like, words. */
export const ZFeedbackInput = z.object({
  certificateId: z.string({ error: "Say which certificate" }).trim().min(1, "Say which certificate").max(40),
  rating: z.coerce
    .number({ error: "Give a rating from 1 to 5" })
    .int("Give a rating from 1 to 5")
    .min(1, "Give a rating from 1 to 5")
    .max(5, "Give a rating from 1 to 5"),
  message: z
    .string()
    .trim()
    .max(MAX_FEEDBACK_LENGTH, `Feedback is at most ${MAX_FEEDBACK_LENGTH} characters`)
    .default(""),
});

/** Parsed feedback. */
export type TFeedbackInput = z.output<typeof ZFeedbackInput>;

/** The admin feedback list's query: one facility's feedback or everyone's, and the page. */
export const ZFeedbackQuery = ZListQuery.pick({ page: true, pageSize: true }).extend({
  facilityId: z.string().trim().max(40).optional(),
});

/** A parsed feedback query. */
export type TFeedbackQuery = z.output<typeof ZFeedbackQuery>;

/** One piece of feedback as the admin portal lists it, the citizen's number masked. */
export const ZFeedbackView = z
  .object({
    id: z.string(),
    createdAt: z.iso.datetime(),
    rating: z.number().int().nullable(),
    message: z.string(),
    facility: z.object({ id: z.string(), name: z.string() }).nullable(),
    certificateId: z.string().nullable(),
    programmeName: z.string().nullable(),
    dose: z.number().int().nullable(),
    from: z.string().nullable(),
  })
  .meta({ id: "Feedback" });

/** Feedback counted per facility, with the mean rating to one decimal (null when none carried a rating). */
export const ZFacilityFeedback = z.object({
  facilityId: z.string(),
  facilityName: z.string(),
  count: z.number().int(),
  averageRating: z.number().nullable(),
});
