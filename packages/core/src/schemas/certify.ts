import { z } from "zod";

/** The most certification requests one certify call may carry. */
export const CERTIFY_BATCH_LIMIT = 1000;

/**
 * The largest certify body, in bytes. A thousand typical DIVOC requests weigh 0.6 MB (0.9 MB
 * pretty-printed), a thousand with every text field at its longest 1.8 MB: 5 MB leaves room for
 * long contact lists and comorbidities, and still bounds what one call makes the server hold.
 */
export const CERTIFY_BODY_LIMIT = 5 * 1024 * 1024;

const text = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is too long`);
const optionalText = (max = 200) => z.string().trim().max(max).optional();
const isoDate = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD)`)
    .refine((value) => !Number.isNaN(Date.parse(value)), `${label} must be a real date`);

const ZAddress = z.object({
  addressLine1: optionalText(),
  addressLine2: optionalText(),
  district: optionalText(100),
  state: optionalText(100),
  country: optionalText(60),
  // DIVOC's own samples send the PIN code as a number under either name.
  pincode: z.union([z.string(), z.number()]).optional(),
  pin: z.union([z.string(), z.number()]).optional(),
});

/** One DIVOC certification request (vaccination-api.yaml `CertificationRequest`), as integrators send it. */
export const ZCertificationRequest = z.object({
  preEnrollmentCode: optionalText(60),
  programId: optionalText(100),
  enrollmentType: optionalText(60),
  comorbidities: z.array(z.string()).optional(),
  recipient: z
    .object({
      name: text("recipient.name"),
      dob: isoDate("recipient.dob").nullable().optional(),
      age: z.union([z.string(), z.number()]).optional(),
      gender: text("recipient.gender", 20),
      nationality: text("recipient.nationality", 60),
      identity: text("recipient.identity"),
      contact: z.array(z.string()).min(1, "recipient.contact needs a tel: number"),
      address: ZAddress.optional(),
    })
    .refine((recipient) => recipient.dob || recipient.age !== undefined, {
      message: "recipient.dob or recipient.age is required",
      path: ["dob"],
    }),
  vaccination: z.object({
    name: text("vaccination.name"),
    manufacturer: optionalText(),
    batch: text("vaccination.batch", 40),
    date: z.iso.datetime({ offset: true, error: "vaccination.date must be a date-time (ISO 8601)" }),
    effectiveStart: isoDate("vaccination.effectiveStart").optional(),
    effectiveUntil: isoDate("vaccination.effectiveUntil").optional(),
    dose: z.number({ error: "vaccination.dose must be a number" }).int().min(1, "vaccination.dose starts at 1"),
    totalDoses: z.number({ error: "vaccination.totalDoses must be a number" }).int().min(1).optional(),
  }),
  vaccinator: z.object({ name: text("vaccinator.name") }),
  facility: z.object({ name: text("facility.name"), address: ZAddress.optional() }),
});

/** One certification request. */
export type TCertificationRequest = z.infer<typeof ZCertificationRequest>;

/** The certify body: a batch of one to a thousand requests. */
export const ZCertifyBatch = z
  .array(ZCertificationRequest, { error: "The body must be an array of certification requests" })
  .min(1, "Send at least one certification request")
  .max(CERTIFY_BATCH_LIMIT, `Send at most ${CERTIFY_BATCH_LIMIT} certification requests in one call`);

/** The optional `Idempotency-Key` header of a certify call: a repeat with the same key returns the same certificates. */
export const ZIdempotencyKey = z
  .string()
  .trim()
  .min(1)
  .max(200, "The Idempotency-Key header is at most 200 characters")
  .nullable();

/** One certificate a certify or update call answers with. */
export const ZCertifiedDose = z
  .object({
    certificateId: z.string(),
    preEnrollmentCode: z.string().nullable(),
    dose: z.number().int(),
    credential: z.record(z.string(), z.unknown()).meta({ description: "The signed credential" }),
    qr: z.string().meta({ description: "The QR text of the credential" }),
  })
  .meta({ id: "CertifiedDose" });

/** A certificate a certify call issued (or had issued before, for a repeat). */
export type TCertifiedDose = z.infer<typeof ZCertifiedDose>;

/** The answer of the certify and certificate update calls. */
export const ZCertifyAnswer = z.object({ certificates: z.array(ZCertifiedDose) });
