import { isTimeZone } from "@vax/config/i18n";
import { z } from "zod";
import { countryCode, requiredText } from "./fields";
import { emailField } from "./user";

/** The languages the platform's pages and documents come in. */
export const tenantLanguages = [
  { value: "en", label: "English" },
  { value: "hi", label: "हिन्दी (Hindi)" },
  { value: "ar", label: "العربية (Arabic)" },
  { value: "fr", label: "Français (French)" },
  { value: "es", label: "Español (Spanish)" },
  { value: "pt", label: "Português (Portuguese)" },
] as const;

// The slug names the tenant's did:web issuer and its public URLs, so it must stay URL- and DNS-safe.
const slug = z
  .string({ error: "Slug is required" })
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
    "Slug must be 1 to 40 lower-case letters, digits and dashes, not starting or ending with a dash, such as lk-moh",
  );

const tenantFields = {
  name: requiredText("Name", 100),
  country: z.string({ error: "Country is required" }).pipe(countryCode),
  defaultLanguage: z.enum(
    tenantLanguages.map(({ value }) => value),
    { error: "Choose a language" },
  ),
  timeZone: z
    .string({ error: "Time zone is required" })
    .trim()
    .min(1, "Time zone is required")
    .max(64)
    .refine(isTimeZone, "Time zone must be an IANA time zone, such as Asia/Kolkata or UTC"),
};

/** A tenant's details as the platform admin edits them; the slug is fixed once its certificates name it. */
export const ZTenantUpdateInput = z.object(tenantFields);

/** A new tenant with the name and e-mail of its first tenant admin. */
export const ZTenantCreateInput = z.object({
  ...tenantFields,
  slug,
  adminName: requiredText("Admin name"),
  adminEmail: emailField,
});

/** Input of the new-tenant form, before parsing. */
export type TTenantCreateInput = z.input<typeof ZTenantCreateInput>;
/** A parsed, valid new tenant. */
export type TTenantCreate = z.output<typeof ZTenantCreateInput>;
/** Input of the edit-tenant form, before parsing. */
export type TTenantUpdateInput = z.input<typeof ZTenantUpdateInput>;
/** A parsed, valid tenant update. */
export type TTenantUpdate = z.output<typeof ZTenantUpdateInput>;

/** A tenant as the portal and the API show it (times in ISO 8601). */
export const ZTenantView = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    defaultLanguage: z.string(),
    timeZone: z.string(),
    active: z.boolean(),
    deactivatedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Tenant" });

/** A new tenant with its first admin, whose one-time password is shown this once. */
export const ZCreatedTenant = z.object({
  tenant: ZTenantView,
  admin: z.object({ email: z.string(), oneTimePassword: z.string() }),
});
