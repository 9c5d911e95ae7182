import { z } from "zod";
import { requiredText } from "./fields";
import { ZListQuery } from "./list-query";
import { identityTypeLabels, identityTypes } from "./recipient";

/** The fields of a certificate a citizen may ask to have corrected: those a correction may change. */
export const correctableFields = [
  "name",
  "dateOfBirth",
  "gender",
  "nationality",
  "identityType",
  "identityNumber",
  "address",
  "vaccine",
  "batch",
  "vaccinationDate",
  "facility",
] as const;

/** One of {@link correctableFields}. */
export type TCorrectableField = (typeof correctableFields)[number];

/** Each correctable field as the citizen and the admin read it. */
export const correctableFieldLabels: Record<TCorrectableField, string> = {
  name: "Name",
  dateOfBirth: "Date of birth",
  gender: "Gender",
  nationality: "Nationality",
  identityType: "Identity document type",
  identityNumber: "Identity document number",
  address: "Address",
  vaccine: "Vaccine",
  batch: "Batch number",
  vaccinationDate: "Date of vaccination",
  facility: "Vaccination centre",
};

/** The longest value a citizen may give for one field: longer than any real name or address. */
export const MAX_CORRECTION_VALUE_LENGTH = 200;

/** The longest note a citizen may add to a request, and an admin's reason for refusing one. */
export const MAX_CORRECTION_NOTE_LENGTH = 1000;

const dateFields = new Set<TCorrectableField>(["dateOfBirth", "vaccinationDate"]);
const genders = ["MALE", "FEMALE", "OTHER"];

// A citizen names the document as it is printed (Passport) or as its code (PASSPORT).
const identityTypeOf = (value: string) =>
  identityTypes.find(
    (type) =>
      type === value.toUpperCase().replace(/\s+/g, "_") ||
      identityTypeLabels[type].toLowerCase() === value.toLowerCase(),
  );

const normalised = (field: TCorrectableField, value: string) => {
  if (field === "gender") return value.toUpperCase();
  if (field === "identityType") return identityTypeOf(value) ?? value;
  return value;
};

/** One field to change and its right value. */
export const ZRequestedChange = z
  .object({
    field: z.enum(correctableFields, { error: "Choose which detail is wrong" }),
    value: requiredText("The right value", MAX_CORRECTION_VALUE_LENGTH),
  })
  .superRefine(({ field, value }, context) => {
    if (dateFields.has(field) && !(/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))) {
      context.addIssue({ code: "custom", path: ["value"], message: "Give the date as YYYY-MM-DD" });
    }
    if (field === "gender" && !genders.includes(value.toUpperCase())) {
      context.addIssue({ code: "custom", path: ["value"], message: "Gender is Male, Female or Other" });
    }
    if (field === "identityType" && !identityTypeOf(value)) {
      context.addIssue({
        code: "custom",
        path: ["value"],
        message: `The document type is one of ${identityTypes.map((type) => identityTypeLabels[type]).join(", ")}`,
      });
    }
  })
  .transform(({ field, value }) => ({ field, value: normalised(field, value) }));

/** One parsed change. */
export type TRequestedChange = z.output<typeof ZRequestedChange>;

/** A citizen's request to correct one of their certificates: the fields that are wrong, their right values, a note. */
export const ZCorrectionRequestInput = z.object({
  certificateId: z.string({ error: "Say which certificate" }).trim().min(1, "Say which certificate").max(40),
  changes: z
    .array(ZRequestedChange)
    .min(1, "Say which detail is wrong")
    .max(correctableFields.length)
    .refine((changes) => new Set(changes.map(({ field }) => field)).size === changes.length, {
      message: "Name each detail once",
    }),
  note: requiredText("A note", MAX_CORRECTION_NOTE_LENGTH),
});

/** A parsed correction request. */
export type TCorrectionRequestInput = z.output<typeof ZCorrectionRequestInput>;

/** An admin's refusal of a correction request, with the reason the citizen is told. */
export const ZRejectCorrectionRequestInput = z.object({
  reason: requiredText("A reason", MAX_CORRECTION_NOTE_LENGTH),
});

/** A parsed refusal. */
export type TRejectCorrectionRequestInput = z.output<typeof ZRejectCorrectionRequestInput>;

/** The states a correction request passes through. */
export const correctionRequestStates = ["OPEN", "APPROVED", "REJECTED"] as const;

/** The admin queue's query: a state (or all of them, open ones first) and the page. */
export const ZCorrectionRequestQuery = ZListQuery.pick({ page: true, pageSize: true }).extend({
  state: z.enum([...correctionRequestStates, "ALL"]).default("OPEN"),
});

/** A parsed queue query. */
export type TCorrectionRequestQuery = z.output<typeof ZCorrectionRequestQuery>;

const ZCorrectionChangeView = z.object({ field: z.enum(correctableFields), label: z.string(), value: z.string() });

/** A correction request as the citizen who made it sees it (times in ISO 8601). */
export const ZCitizenCorrectionRequest = z
  .object({
    id: z.string(),
    certificateId: z.string(),
    recipientName: z.string(),
    programmeName: z.string(),
    dose: z.number().int(),
    changes: z.array(ZCorrectionChangeView),
    note: z.string(),
    status: z.enum(["OPEN", "APPROVED", "REJECTED"]),
    rejectionReason: z.string().nullable(),
    newCertificateId: z.string().nullable(),
    createdAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "CitizenCorrectionRequest" });

/** A correction request in the admin queue: each change beside what the certificate says now, and who asked and decided. */
export const ZCorrectionRequestView = ZCitizenCorrectionRequest.extend({
  changes: z.array(ZCorrectionChangeView.extend({ current: z.string() })),
  certificateStatus: z.string(),
  requestedBy: z.string(),
  decidedBy: z.string().nullable(),
}).meta({ id: "CorrectionRequest" });
