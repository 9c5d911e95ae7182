import { z } from "zod";
import { countryCode, requiredText } from "./fields";

const optionalText = (label: string, max = 80) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} is at most ${max} characters`)
    .default("");

/** Who runs a facility, with the words the portal shows for each. */
export const facilityCategories = [
  { value: "GOVERNMENT", label: "Government" },
  { value: "PRIVATE", label: "Private" },
] as const;

/** A facility as an admin creates or edits it; the same schema checks the form and the API. */
export const ZFacilityInput = z.object({
  code: z
    .string({ error: "Code is required" })
    .trim()
    .min(1, "Code is required")
    .regex(/^[A-Za-z0-9-]{2,40}$/, "Code must be 2 to 40 letters, digits and dashes, such as KA-BLR-PHC-001"),
  name: requiredText("Name"),
  addressLine: requiredText("Address", 200),
  district: optionalText("District"),
  state: optionalText("State"),
  pincode: z
    .string({ error: "PIN code must be text" })
    .trim()
    .default("")
    .refine((value) => value === "" || /^\d{4,10}$/.test(value), "PIN code must be 4 to 10 digits"),
  country: z.string({ error: "Country is required" }).pipe(countryCode),
  category: z.enum(["GOVERNMENT", "PRIVATE"], { error: "Category must be Government or Private" }),
  programmeIds: z
    .array(z.string().trim().min(1, "Unknown programme"), { error: "Programmes must be a list of programme ids" })
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

/** Input of a facility form, before parsing. */
export type TFacilityInput = z.input<typeof ZFacilityInput>;
/** A parsed, valid facility. */
export type TFacility = z.output<typeof ZFacilityInput>;

/** A facility as the API answers it, with the programmes it vaccinates for. */
export const ZFacilityView = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    code: z.string(),
    name: z.string(),
    addressLine: z.string(),
    district: z.string(),
    state: z.string(),
    pincode: z.string(),
    country: z.string(),
    category: z.enum(facilityCategories.map(({ value }) => value)),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    programmes: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: "Facility" });
