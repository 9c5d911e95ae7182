import { z } from "zod";
import { requiredText } from "./fields";
import { ZListQuery } from "./list-query";

/** The roles an admin can give from the user form; platform admins are never made here. */
export const userRoles = ["TENANT_ADMIN", "FACILITY_ADMIN", "VACCINATOR", "MONITORING"] as const;

/** One of {@link userRoles}. */
export type TUserRole = (typeof userRoles)[number];

/** A role of the user form. */
export const ZUserRole = z.enum(userRoles, { error: "Choose a role" });

/** Whether a role works at one facility, and so must be given one. */
export const roleNeedsFacility = (role: string): boolean => role === "FACILITY_ADMIN" || role === "VACCINATOR";

const PASSWORD_MESSAGE = "Password must be at least 10 characters and contain a letter and a digit";

/** A password a person chooses; bcrypt reads at most 72 bytes, so a longer one would be cut silently. */
export const passwordField = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .refine((value) => value.length >= 10 && /\p{L}/u.test(value) && /\d/.test(value), PASSWORD_MESSAGE)
    .refine((value) => new TextEncoder().encode(value).length <= 72, `${label} is at most 72 bytes`);

/** An e-mail address, trimmed and lower-cased as accounts are stored. */
export const emailField = z
  .string({ error: "E-mail is required" })
  .trim()
  .toLowerCase()
  .min(1, "E-mail is required")
  .max(254, "E-mail is at most 254 characters")
  .pipe(z.email("Enter a valid e-mail address, such as name@example.org"));

// The form's select sends "" for "no facility".
const facilityId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((value) => value || null);

const mobile = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .refine(
    (value) => value === "" || /^(\+\d{1,3})?\d{10}$/.test(value),
    "Mobile must be 10 digits, optionally after a + country code",
  )
  .default("");

const userFields = {
  name: requiredText("Name"),
  email: emailField,
  role: ZUserRole,
  facilityId,
  licenceNumber: z.string().trim().max(40, "Licence number is at most 40 characters").default(""),
  mobile,
};

type TFacilityFields = { role: TUserRole; facilityId: string | null };

const requireFacility = (value: TFacilityFields, context: z.RefinementCtx) => {
  if (roleNeedsFacility(value.role) && !value.facilityId) {
    context.addIssue({ code: "custom", path: ["facilityId"], message: "Choose the facility" });
  }
};

// Only facility roles keep a facility, so a tenant admin is never tied to one by a stale choice.
const keepFacilityForRole = <T extends TFacilityFields>(value: T): T => ({
  ...value,
  facilityId: roleNeedsFacility(value.role) ? value.facilityId : null,
});

/** A new user account as an admin creates it; a vaccinator also gets its vaccinator record. */
export const ZUserCreateInput = z
  .object({ ...userFields, password: passwordField("Password") })
  .superRefine(requireFacility)
  .transform(keepFacilityForRole);

/** Input of the new-user form, before parsing. */
export type TUserCreateInput = z.input<typeof ZUserCreateInput>;
/** A parsed, valid new user. */
export type TUserCreate = z.output<typeof ZUserCreateInput>;

/** A user's details as an admin edits them; a new password only when one is typed. */
export const ZUserUpdateInput = z
  .object({
    ...userFields,
    newPassword: z
      .string()
      .nullish()
      .transform((value) => value || null)
      .pipe(passwordField("New password").nullable()),
  })
  .superRefine(requireFacility)
  .transform(keepFacilityForRole);

/** Input of the edit-user form, before parsing. */
export type TUserUpdateInput = z.input<typeof ZUserUpdateInput>;
/** A parsed, valid user update. */
export type TUserUpdate = z.output<typeof ZUserUpdateInput>;

/** The users list's query: the common list query and an optional role ("" for all roles). */
export const ZUserListQuery = ZListQuery.extend({
  role: z
    .union([ZUserRole, z.literal("")])
    .transform((value) => value || undefined)
    .optional(),
});

/** A parsed users list query. */
export type TUserListQuery = z.output<typeof ZUserListQuery>;

/** A user as the API answers it, never with the password hash (times in ISO 8601). */
export const ZUserView = z
  .object({
    id: z.string(),
    tenantId: z.string().nullable(),
    email: z.string(),
    name: z.string(),
    role: z.enum(["PLATFORM_ADMIN", ...userRoles]),
    facilityId: z.string().nullable(),
    facilityName: z.string().nullable(),
    active: z.boolean(),
    lastSignInAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    vaccinator: z
      .object({ id: z.string(), licenceNumber: z.string(), mobile: z.string(), active: z.boolean() })
      .nullable(),
  })
  .meta({ id: "User" });
