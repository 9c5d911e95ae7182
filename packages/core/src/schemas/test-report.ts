import { z } from "zod";

const isoTime = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .refine((value) => !Number.isNaN(Date.parse(value)), `${label} must be a date and time`)
    .transform((value) => new Date(value));

/** A COVID-19 test recorded in the facility app, for one recipient, at the user's facility. */
export const ZRecordTestReport = z
  .object({
    /** Made by the device when the test is entered, so a replay of the same entry answers the same report. */
    idempotencyKey: z.uuid("The idempotency key must be a UUID"),
    recipientId: z.string().trim().min(1, "Recipient is required"),
    testType: z.enum(["RT-PCR", "RAT", "Antibody"], "Choose the kind of test"),
    testName: z.string().trim().max(200).optional(),
    manufacturer: z.string().trim().max(200).optional(),
    result: z.enum(["Positive", "Negative", "Inconclusive"], "Choose the result"),
    sampleCollectedAt: isoTime("Sample collection time"),
    resultAt: isoTime("Result time").optional(),
  })
  .strict()
  .meta({ id: "RecordTestReport" });
/** A test to record. */
export type TRecordTestReport = z.infer<typeof ZRecordTestReport>;
