import { z } from "zod";
import { optionalCode, requiredText } from "./fields";

// A number input sends a string, the API a number; an empty input counts as no value.
const formNumber = (label: string) =>
  z
    .union([z.number(), z.string()], {
      error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be a number`),
    })
    .transform((value) => (typeof value === "number" ? value : value.trim() === "" ? undefined : Number(value)));

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be a number`) })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

const freeCode = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(40, `${label} is at most 40 characters`)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

/** A vaccine as an admin creates or edits it; the same schema checks the form and the API. */
export const ZVaccineInput = z.object({
  name: requiredText("Name"),
  manufacturer: requiredText("Manufacturer"),
  icd11Code: optionalCode("ICD-11 code", /^[0-9A-Z]{4,8}$/, "must be 4 to 8 capital letters or digits, such as XM9QW8"),
  whoProphylaxisCode: optionalCode("WHO prophylaxis (ATC) code", /^[A-Z]\d{2}[A-Z]{2}\d{2}$/, "must look like J07BN02"),
  euProductCode: freeCode("EU product code"),
  euHolderCode: freeCode("EU marketing-authorisation holder code"),
  euProphylaxisCode: freeCode("EU prophylaxis code"),
  cvxCode: optionalCode("CVX code", /^\d{1,3}$/, "must be 1 to 3 digits, such as 210"),
  dosesInSchedule: formNumber("Doses in the schedule").pipe(wholeNumber("Doses in the schedule", 1, 10)),
  minIntervalDays: formNumber("Minimum days between doses")
    .optional()
    .transform((value) => value ?? 0)
    .pipe(wholeNumber("Minimum days between doses", 0, 3650)),
  validityDays: formNumber("Validity in days")
    .nullable()
    .optional()
    .transform((value) => value ?? null)
    .pipe(wholeNumber("Validity in days", 1, 36500).nullable()),
  programmeIds: z
    .array(z.string().trim().min(1, "Unknown programme"), { error: "Choose at least one programme" })
    .min(1, "Choose at least one programme")
    .transform((ids) => [...new Set(ids)]),
});

/** Input of a vaccine form, before parsing. */
export type TVaccineInput = z.input<typeof ZVaccineInput>;
/** A parsed, valid vaccine. */
export type TVaccine = z.output<typeof ZVaccineInput>;

/** A vaccine as the API answers it, with the programmes it is given in. */
export const ZVaccineView = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    name: z.string(),
    manufacturer: z.string(),
    icd11Code: z.string().nullable(),
    whoProphylaxisCode: z.string().nullable(),
    euProductCode: z.string().nullable(),
    euHolderCode: z.string().nullable(),
    euProphylaxisCode: z.string().nullable(),
    cvxCode: z.string().nullable(),
    dosesInSchedule: z.number().int(),
    minIntervalDays: z.number().int(),
    validityDays: z.number().int().nullable(),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    programmes: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: "Vaccine" });
