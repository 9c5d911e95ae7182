import { z } from "zod";
import { optionalCode, optionalDate, requiredText } from "./fields";

/** A programme as an admin creates or edits it; the same schema checks the form and the API. */
export const ZProgrammeInput = z
  .object({
    name: requiredText("Name"),
    description: z.string().trim().max(1000, "Description is at most 1000 characters").default(""),
    disease: requiredText("Disease", 80),
    icd11Code: optionalCode("ICD-11 code", /^[0-9A-Z]{2,4}(\.[0-9A-Z]{1,4})?$/, "must look like RA01 or 1F03"),
    snomedCode: optionalCode("SNOMED CT code", /^\d{6,18}$/, "must be 6 to 18 digits"),
    startDate: optionalDate("Start date"),
    endDate: optionalDate("End date"),
  })
  .refine((value) => !value.startDate || !value.endDate || value.endDate >= value.startDate, {
    path: ["endDate"],
    message: "End date must be on or after the start date",
  });

/** Input of a programme form, before parsing. */
export type TProgrammeInput = z.input<typeof ZProgrammeInput>;
/** A parsed, valid programme. */
export type TProgramme = z.output<typeof ZProgrammeInput>;

/** A programme as the API answers it: its dates as YYYY-MM-DD, and, in lists, how many vaccines it has. */
export const ZProgrammeView = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    name: z.string(),
    description: z.string(),
    disease: z.string(),
    icd11Code: z.string().nullable(),
    snomedCode: z.string().nullable(),
    startDate: z.iso.date().nullable(),
    endDate: z.iso.date().nullable(),
    active: z.boolean(),
    /** The certificate template version its certificates print with; null for the built-in look. */
    templateVersionId: z.string().nullable(),
    /** The credential schema version its certificates are issued under; null for the built-in vaccination schema. */
    schemaVersionId: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    vaccineCount: z.number().int().optional(),
  })
  .meta({ id: "Programme" });
