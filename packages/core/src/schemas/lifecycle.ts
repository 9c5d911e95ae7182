import { z } from "zod";
import { genders } from "./recipient";

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} cannot be empty`)
    .max(max, `${label} is at most ${max} characters`);

const addressText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} is at most ${max} characters`);

// Date.parse rolls 2023-02-30 over to March; a real calendar date reads back unchanged.
const calendarDate = (label: string) =>
  z
    .string({ error: `${label} must be a date (YYYY-MM-DD)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD)`)
    .refine((value) => {
      const time = Date.parse(`${value}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
    }, `${label} must be a real date`);

/**
 * What a correction may change on a certificate, each field optional: only the fields given are
 * changed, and the rest stay as issued. `recipient` changes the person (and so every later
 * version of their certificates), `dose` the vaccination event the certificate is for.
 */
export const ZCertificateCorrection = z
  .object({
    recipient: z
      .object({
        name: text("Name", 200).optional(),
        dateOfBirth: calendarDate("Date of birth").optional(),
        gender: z.enum(genders, { error: `Gender is one of ${genders.join(", ")}` }).optional(),
        nationality: text("Nationality", 60).optional(),
        /** One of `identityTypes` from a form; the certify API also names other documents (a DIVOC DID's method). */
        identityType: text("Identity type", 40)
          .transform((value) => value.toUpperCase())
          .optional(),
        identityNumber: text("Identity number", 40)
          .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
          .optional(),
        address: z
          .object({
            addressLine: addressText("Address", 400).optional(),
            district: addressText("District", 100).optional(),
            state: addressText("State", 100).optional(),
            pincode: addressText("PIN code", 12).optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    dose: z
      .object({
        vaccineId: text("Vaccine", 60).optional(),
        batch: text("Batch", 40).optional(),
        /** The day of vaccination (YYYY-MM-DD) or its date and time (ISO 8601). */
        vaccinatedAt: z
          .union([calendarDate("Date of vaccination"), z.iso.datetime({ offset: true })], {
            error: "Date of vaccination must be a date (YYYY-MM-DD) or a date-time (ISO 8601)",
          })
          .optional(),
        facilityId: text("Facility", 60).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** A parsed correction. */
export type TCertificateCorrection = z.output<typeof ZCertificateCorrection>;

/** The reason a person gives for a change of status or a correction, as the audit log keeps it. */
export const ZChangeReason = text("Reason", 500);

/** The body of the revoke, suspend and reinstate routes: why, and for a suspension until when. */
export const ZCertificateStatusChange = z.object({
  reason: ZChangeReason,
  until: z.iso
    .datetime({ offset: true, error: "until must be a date-time (ISO 8601), such as 2027-01-31T00:00:00Z" })
    .transform((value) => new Date(value))
    .optional(),
});

/** A parsed status change. */
export type TCertificateStatusChange = z.output<typeof ZCertificateStatusChange>;

/** The query of DIVOC's revoke (`DELETE /api/v1/certificates/{preEnrollmentCode}`): which doses, and why. */
export const ZDivocRevokeQuery = z
  .object({
    doses: z
      .string()
      .regex(/^\d{1,3}(,\d{1,3})*$/, "doses is a comma-separated list of dose numbers, such as 1,2")
      .transform((value) => [...new Set(value.split(",").map(Number))])
      .refine((doses) => doses.every((dose) => dose >= 1), "Dose numbers start at 1")
      .optional(),
    allDoses: z.enum(["true", "false"], { error: "allDoses is true or false" }).optional(),
    reason: ZChangeReason.optional(),
  })
  .refine((query) => (query.doses !== undefined) !== (query.allDoses === "true"), {
    message: "Name the doses to revoke with ?doses=1,2, or revoke them all with ?allDoses=true",
    path: ["doses"],
  });

/** A parsed DIVOC revoke query. */
export type TDivocRevokeQuery = z.output<typeof ZDivocRevokeQuery>;

/** A certificate's status as the API client's revoke, suspend and reinstate calls answer it. */
export const ZCertificateStatusAnswer = z.object({
  certificateId: z.string(),
  status: z.enum(["ACTIVE", "REVOKED", "SUSPENDED", "SUPERSEDED"]),
  suspendedUntil: z.string().nullable().optional().meta({ description: "When a suspension ends by itself (ISO 8601)" }),
});

/** A certificate's status after a change, with the reason and when it changed (ISO 8601). */
export const ZCertificateStatusView = ZCertificateStatusAnswer.extend({
  reason: z.string().nullable(),
  suspendedUntil: z.string().nullable(),
  changedAt: z.string(),
});

/** The answer of DIVOC's revoke of a pre-enrolment's doses: the certificates revoked. */
export const ZRevokedDoses = z.object({ certificates: z.array(ZCertificateStatusView) });
