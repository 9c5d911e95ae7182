import { z } from "zod";
import { requiredText } from "./fields";

const id = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`);

/** A dose as a vaccinator records it in the facility app (online, or replayed from the offline queue). */
export const ZRecordDose = z.object({
  /** Made by the device when the dose is entered, so a replay of the same entry is recognised. */
  idempotencyKey: z.uuid("The idempotency key must be a UUID"),
  recipientId: id("Recipient"),
  programmeId: id("Programme"),
  vaccineId: id("Vaccine"),
  batch: requiredText("Batch", 40),
  date: z
    .string({ error: "Date is required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Date must be a date (YYYY-MM-DD)")
    .refine((value) => !Number.isNaN(Date.parse(value)), "Date must be a real date"),
  dose: z.coerce
    .number({ error: "Dose number must be a number" })
    .int("Dose number must be a whole number")
    .min(1, "The dose number starts at 1")
    .max(20, "Dose number must be at most 20"),
});

/** A dose to record. */
export type TRecordDose = z.infer<typeof ZRecordDose>;

/** A certificate as callers see it: the signed credential and its QR text, exactly as issued. */
export const ZCertificateView = z
  .object({
    id: z.string(),
    certificateId: z.string(),
    recipientId: z.string(),
    programmeId: z.string(),
    programmeName: z.string(),
    dose: z.number().int(),
    totalDoses: z.number().int(),
    status: z.enum(["ACTIVE", "REVOKED", "SUSPENDED", "SUPERSEDED"]),
    issuedAt: z.iso.datetime(),
    credential: z.record(z.string(), z.unknown()),
    qr: z.string().meta({ description: "The native QR text (zlib + base45 of the credential)" }),
  })
  .meta({ id: "Certificate" });

/** A recipient's doses, each with its certificate, and the next dose of each programme the caller's facility runs. */
export const ZDoseHistory = z
  .object({
    doses: z.array(
      z.object({
        programmeId: z.string(),
        programmeName: z.string(),
        vaccineId: z.string(),
        vaccineName: z.string(),
        dose: z.number().int(),
        totalDoses: z.number().int(),
        batch: z.string(),
        date: z.iso.date(),
        facilityName: z.string(),
        certificateId: z.string().nullable(),
      }),
    ),
    suggestions: z.array(
      z.object({
        programmeId: z.string(),
        vaccineId: z.string().nullable().meta({ description: "The vaccine to continue with; null to choose" }),
        dose: z.number().int(),
        dueFrom: z.iso.date().nullable().meta({ description: "The first day it may be given; null for a first dose" }),
      }),
    ),
  })
  .meta({ id: "DoseHistory" });
