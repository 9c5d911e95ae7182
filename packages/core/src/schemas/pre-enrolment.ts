import { z } from "zod";
import { optionalDate } from "./fields";
import { ZRecipientInput } from "./recipient";

/** A pre-enrolment code as stored and looked up: trimmed and in capitals, so a code read aloud matches. */
export const normalisePreEnrolmentCode = (value: string): string => value.trim().toUpperCase();

const CODE_HINT = "A pre-enrolment code is 4 to 40 letters, digits or dashes, starting with a letter or digit";

/** A pre-enrolment code a caller chooses; empty or absent means "make one". */
export const ZPreEnrolmentCode = z
  .string({ error: CODE_HINT })
  .transform(normalisePreEnrolmentCode)
  .nullable()
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^[A-Z0-9][A-Z0-9-]{3,39}$/.test(value), CODE_HINT);

const optionalId = z
  .string()
  .trim()
  .max(60)
  .nullable()
  .optional()
  .transform((value) => (value ? value : null));

/**
 * A recipient pre-enrolled in a programme ahead of the vaccination, as an admin or an API client
 * sends them: the recipient is checked with the same rules as a walk-in's registration; the code
 * is the caller's or, when not given, made by the platform; the facility and the appointment date
 * are optional.
 */
export const ZPreEnrolmentInput = z.object({
  code: ZPreEnrolmentCode,
  programmeId: z
    .string({ error: "Programme is required" })
    .trim()
    .min(1, "Programme is required")
    .max(60, "Programme is required"),
  facilityId: optionalId,
  appointmentDate: optionalDate("Appointment date"),
  recipient: ZRecipientInput,
});

/** Input of the pre-enrolment form or API, before parsing. */
export type TPreEnrolmentInput = z.input<typeof ZPreEnrolmentInput>;
/** A parsed, valid pre-enrolment. */
export type TPreEnrolment = z.output<typeof ZPreEnrolmentInput>;

/** A pre-enrolment as the admin portal and the API show it. */
export const ZPreEnrolmentView = z
  .object({
    id: z.string(),
    code: z.string(),
    status: z.enum(["OPEN", "USED", "CANCELLED"]),
    programme: z.object({ id: z.string(), name: z.string() }),
    facility: z.object({ id: z.string(), name: z.string() }).nullable(),
    appointmentDate: z.iso.date().nullable(),
    recipient: z.object({
      id: z.string(),
      name: z.string(),
      identityType: z.string(),
      identityNumber: z.string(),
      mobile: z.string(),
    }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "PreEnrolment" });
