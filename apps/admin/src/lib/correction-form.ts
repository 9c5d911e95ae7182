import type { TCorrectionDraft } from "@vax/core";
import { genders, identityTypes } from "@vax/core/schemas";
import { z } from "zod";

/** The fields of the correction form, as it holds them. */
export const correctionFields = [
  "name",
  "dateOfBirth",
  "gender",
  "nationality",
  "identityType",
  "identityNumber",
  "addressLine",
  "district",
  "state",
  "pincode",
  "vaccineId",
  "batch",
  "vaccinatedOn",
  "facilityId",
  "reason",
] as const;

/** One of the {@link correctionFields}. */
export type TCorrectionField = (typeof correctionFields)[number];

/** The words of the form's checks, given by the form in the page's language. */
export type TCorrectionFormMessages = {
  required: (field: TCorrectionField) => string;
  tooLong: (field: TCorrectionField, max: number) => string;
  notADate: (field: TCorrectionField) => string;
  chooseGender: string;
  chooseIdentityType: string;
};

/**
 * The correction form's fields, flat as the form holds them: every field a correction may change,
 * prefilled, and the reason. The identity number is empty unless the document changes, as the
 * portal never holds a full Aadhaar number.
 */
export const correctionFormSchema = (say: TCorrectionFormMessages) => {
  const text = (field: TCorrectionField, max: number) =>
    z.string().trim().min(1, say.required(field)).max(max, say.tooLong(field, max));
  const optionalText = (field: TCorrectionField, max: number) => z.string().trim().max(max, say.tooLong(field, max));
  const day = (field: TCorrectionField) =>
    z
      .string()
      .trim()
      .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value), say.notADate(field));
  return z.object({
    name: text("name", 200),
    dateOfBirth: day("dateOfBirth"),
    gender: z.enum(genders, { error: say.chooseGender }),
    nationality: text("nationality", 60),
    identityType: z.enum(identityTypes, { error: say.chooseIdentityType }),
    identityNumber: optionalText("identityNumber", 40),
    addressLine: optionalText("addressLine", 400),
    district: optionalText("district", 100),
    state: optionalText("state", 100),
    pincode: optionalText("pincode", 12),
    vaccineId: text("vaccineId", 60),
    batch: text("batch", 40),
    vaccinatedOn: day("vaccinatedOn").refine((value) => value !== "", say.required("vaccinatedOn")),
    facilityId: text("facilityId", 60),
    reason: text("reason", 500),
  });
};

/** The correction form's values. */
export type TCorrectionForm = z.input<ReturnType<typeof correctionFormSchema>>;

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
const FORM_FIELD_OF: Record<string, TCorrectionField> = { vaccinatedAt: "vaccinatedOn" };

/** The form field an API error detail's path points at, or null when it names none. */
export const formFieldOf = (path: string): TCorrectionField | null => {
  const last = path.split(".").pop() ?? "";
  if (last in FORM_FIELD_OF) return FORM_FIELD_OF[last] as TCorrectionField;
  return (correctionFields as readonly string[]).includes(last) ? (last as TCorrectionField) : null;
};
