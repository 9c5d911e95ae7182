import type { TCorrectionDraft } from "@vax/core";
import { genders, identityTypes } from "@vax/core/schemas";
import { z } from "zod";

const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} is at most ${max} characters`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is at most ${max} characters`);
const day = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value), `${label} must be a date (YYYY-MM-DD)`);

/**
 * The correction form's fields, flat as the form holds them: every field a correction may change,
 * prefilled, and the reason. The identity number is empty unless the document changes, as the
 * portal never holds a full Aadhaar number.
 */
export const ZCorrectionForm = z.object({
  name: text("Name", 200),
  dateOfBirth: day("Date of birth"),
  gender: z.enum(genders, { error: "Choose a gender" }),
  nationality: text("Nationality", 60),
  identityType: z.enum(identityTypes, { error: "Choose an identity document" }),
  identityNumber: optionalText("Identity number", 40),
  addressLine: optionalText("Address", 400),
  district: optionalText("District", 100),
  state: optionalText("State", 100),
  pincode: optionalText("PIN code", 12),
  vaccineId: text("Vaccine", 60),
  batch: text("Batch", 40),
  vaccinatedOn: day("Date of vaccination").refine((value) => value !== "", "Date of vaccination is required"),
  facilityId: text("Facility", 60),
  reason: text("Reason", 500),
});

/** The correction form's values. */
export type TCorrectionForm = z.input<typeof ZCorrectionForm>;

/** The form's values before anything is changed: the certificate as it stands, and no reason yet. */
export const correctionFormValues = ({ recipient, dose }: TCorrectionDraft): TCorrectionForm => ({
  name: recipient.name,
  dateOfBirth: recipient.dateOfBirth ?? "",
  gender: recipient.gender,
  nationality: recipient.nationality,
  identityType: recipient.identityType as TCorrectionForm["identityType"],
  identityNumber: "",
  ...recipient.address,
  vaccineId: dose.vaccineId,
  batch: dose.batch,
  vaccinatedOn: dose.vaccinatedOn,
  facilityId: dose.facilityId,
  reason: "",
});

/** What the correction routes take: only the fields that change, as `ZCertificateCorrection` nests them. */
export type TCorrectionChanges = {
  recipient?: Record<string, string | Record<string, string>>;
  dose?: Record<string, string>;
};

const changed = <K extends string>(
  keys: readonly K[],
  before: Record<K, string>,
  after: Record<K, string>,
  rename: Partial<Record<K, string>> = {},
): Record<string, string> =>
  Object.fromEntries(keys.filter((key) => after[key] !== before[key]).map((key) => [rename[key] ?? key, after[key]]));

const nonEmpty = <T extends object>(value: T): T | undefined => (Object.keys(value).length > 0 ? value : undefined);

/**
 * The changes a filled-in form asks for, against the draft it started from: each field that differs,
 * a date of birth only once one is given, and the identity document type and number together once
 * either changes (the number must then be typed in full).
 */
export const correctionChanges = (draft: TCorrectionDraft, values: TCorrectionForm): TCorrectionChanges => {
  const start = correctionFormValues(draft);
  const recipient: Record<string, string | Record<string, string>> = changed(
    ["name", "gender", "nationality"] as const,
    start,
    values,
  );
  if (values.dateOfBirth !== "" && values.dateOfBirth !== start.dateOfBirth) recipient.dateOfBirth = values.dateOfBirth;
  if (values.identityNumber !== "" || values.identityType !== start.identityType) {
    recipient.identityType = values.identityType;
    recipient.identityNumber = values.identityNumber;
  }
  const address = changed(["addressLine", "district", "state", "pincode"] as const, start, values);
  if (nonEmpty(address)) recipient.address = address;
  const dose = changed(["vaccineId", "batch", "vaccinatedOn", "facilityId"] as const, start, values, {
    vaccinatedOn: "vaccinatedAt",
  });
  return { recipient: nonEmpty(recipient), dose: nonEmpty(dose) };
};

// The API names a field by its place in the request (`changes.dose.vaccinatedAt`); the form by its own name.
const FORM_FIELD_OF: Record<string, keyof TCorrectionForm> = { vaccinatedAt: "vaccinatedOn" };

/** The form field an API error detail's path points at, or null when it names none. */
export const formFieldOf = (path: string): keyof TCorrectionForm | null => {
  const last = path.split(".").pop() ?? "";
  if (last in FORM_FIELD_OF) return FORM_FIELD_OF[last] as keyof TCorrectionForm;
  return last in ZCorrectionForm.shape ? (last as keyof TCorrectionForm) : null;
};
