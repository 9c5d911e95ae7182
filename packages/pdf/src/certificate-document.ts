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

/** Everything a printed certificate shows, taken from the issued certificate and its signed credential. */
export const certificateDocumentSchema = z.object({
  certificateId: filled("Certificate id"),
  /** Replaces the template's title for this certificate, e.g. a provisional certificate after a first dose. */
  title: optionalText,
  programme: z.object({ name: filled("Programme name"), disease: filled("Disease") }),
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
  doses: z.array(certificateDoseSchema).min(1, "A certificate lists at least one dose"),
  issuedAt: z.iso.datetime({ offset: true, error: "Issue time must be an ISO date-time" }),
  /** The QR text exactly as it must scan (the native credential QR). */
  qr: filled("QR text"),
  /** Where a reader checks the certificate, printed beside the QR. */
  verifyUrl: z.url({ error: "Verify URL must be a URL" }),
});

/** A certificate to print, as the caller gives it. */
export type TCertificateDocument = z.input<typeof certificateDocumentSchema>;
/** A certificate document after checking, as the template draws it. */
export type TCheckedCertificateDocument = z.output<typeof certificateDocumentSchema>;
/** One printed dose. */
export type TCertificateDose = z.output<typeof certificateDoseSchema>;
