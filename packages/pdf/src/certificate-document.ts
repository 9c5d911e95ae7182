import { isTimeZone } from "@vax/config/i18n";
import { z } from "zod";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const filled = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`);
const optionalText = z.string().trim().min(1).optional();

/** One dose as the certificate prints it. */
export const certificateDoseSchema = z.object({
  doseNumber: z.number().int().min(1),
  totalDoses: z.number().int().min(1),
  vaccine: filled("Vaccine"),
  manufacturer: optionalText,
  batch: filled("Batch"),
  date: z.string().regex(isoDate, "Dose date must be YYYY-MM-DD"),
  facility: filled("Facility"),
});

/**
 * One detail of the event a credential attests that is not a dose: a test report's test type,
 * result, sample date and laboratory, or a field of a tenant's own schema. `key` is the field's
 * name in the credential (the template's labels and field list use it), `label` its English name
 * from the schema, printed when the template names it in no language.
 */
export const certificateEventFieldSchema = z.object({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, "An event field key is a letter then letters, digits or _"),
  label: filled("Event field label"),
  value: filled("Event field value"),
  /** A date (YYYY-MM-DD or ISO date-time) is printed in the certificate's date format. */
  kind: z.enum(["text", "date"]).default("text"),
});

/** Everything a printed certificate shows, taken from the issued certificate and its signed credential. */
export const certificateDocumentSchema = z
  .object({
    certificateId: filled("Certificate id"),
    /** Replaces the template's English title for this certificate. */
    title: optionalText,
    /** A course not yet complete: the certificate is marked provisional in each language it prints. */
    provisional: z.boolean().default(false),
    programme: z.object({ name: filled("Programme name"), disease: optionalText }),
    /** The issuer as the page names it; `did` goes in the PDF's metadata only. `country` is an ISO 3166 code or a name. */
    issuer: z.object({ name: filled("Issuer name"), country: filled("Issuer country"), did: filled("Issuer DID") }),
    recipient: z.object({
      name: filled("Recipient name"),
      /** YYYY-MM-DD, or a partial date such as a year, printed as given. */
      birthDate: optionalText,
      age: z.number().int().min(0).max(150).optional(),
      gender: optionalText,
      /** The identity document as recorded, e.g. "Aadhaar XXXX XXXX 1234"; the template decides whether it shows. */
      identifier: optionalText,
    }),
    doses: z.array(certificateDoseSchema).max(20, "A certificate lists at most 20 doses").default([]),
    eventFields: z
      .array(certificateEventFieldSchema)
      .max(40, "A certificate shows at most 40 event fields")
      .default([]),
    issuedAt: z.iso.datetime({ offset: true, error: "Issue time must be an ISO date-time" }),
    /** The QR text exactly as it must scan (the native credential QR). */
    qr: filled("QR text"),
    /** Where a reader checks the certificate, printed beside the QR. */
    verifyUrl: z.url({ error: "Verify URL must be a URL" }),
    /** The issuer's time zone (IANA): a moment (the issue time, a sample taken) prints as the day it was there. */
    timeZone: z
      .string()
      .refine(isTimeZone, "Time zone must be an IANA time zone, such as Asia/Kolkata or UTC")
      .default("UTC"),
  })
  .refine((document) => document.doses.length > 0 || document.eventFields.length > 0, {
    message: "A certificate lists at least one dose or event field",
    path: ["doses"],
  });

/** A certificate to print, as the caller gives it. */
export type TCertificateDocument = z.input<typeof certificateDocumentSchema>;
/** A certificate document after checking, as the template draws it. */
export type TCheckedCertificateDocument = z.output<typeof certificateDocumentSchema>;
/** One printed dose. */
export type TCertificateDose = z.output<typeof certificateDoseSchema>;
/** One printed event field. */
export type TCertificateEventField = z.output<typeof certificateEventFieldSchema>;
