import { z } from "zod";
import { requiredText } from "./fields";

/** What an API client may be allowed to do. */
export const apiScopes = [
  "certificate:issue",
  "certificate:read",
  "certificate:update",
  "certificate:revoke",
  "credential:issue",
  "recipient:write",
  "bulk:write",
  "trust:write",
] as const;

/** One of {@link apiScopes}. */
export type TApiScope = (typeof apiScopes)[number];

/** An API client as an admin creates or edits it: a name and the scopes its token carries. */
export const ZApiClientInput = z.object({
  name: requiredText("Name", 80),
  scopes: z
    .array(z.enum(apiScopes, { error: `A scope is one of ${apiScopes.join(", ")}` }), {
      error: "Choose at least one scope",
    })
    .min(1, "Choose at least one scope")
    .transform((scopes) => apiScopes.filter((scope) => scopes.includes(scope))),
});

/** Input of the API client form, before parsing. */
export type TApiClientInput = z.input<typeof ZApiClientInput>;
/** A parsed, valid API client. */
export type TApiClient = z.output<typeof ZApiClientInput>;

const EXPIRY_MESSAGE = "Expiry must be a date (YYYY-MM-DD) or a date and time (ISO 8601)";
// Date.parse forgives 2030-02-30 (it rolls over to March), so the calendar date must read back the same.
const isDateOrTime = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) return false;
  const day = value.slice(0, 10);
  const calendar = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(calendar.getTime()) && calendar.toISOString().slice(0, 10) === day && !Number.isNaN(Date.parse(value))
  );
};

/**
 * A new API client: its name and scopes, and when its token stops working: `expiresAt` (a date, the
 * token working through that day in UTC, or a date and time) or `expiresInDays`; neither for a
 * token that does not expire.
 */
export const ZApiClientCreateInput = ZApiClientInput.extend({
  expiresAt: z
    .string({ error: EXPIRY_MESSAGE })
    .trim()
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .refine((value) => value == null || isDateOrTime(value), EXPIRY_MESSAGE),
  expiresInDays: z
    .number({ error: "Days must be a whole number from 1 to 3650" })
    .int("Days must be a whole number from 1 to 3650")
    .min(1, "Days must be a whole number from 1 to 3650")
    .max(3650, "Days must be a whole number from 1 to 3650")
    .nullable()
    .optional(),
}).refine((value) => value.expiresAt == null || value.expiresInDays == null, {
  path: ["expiresInDays"],
  message: "Give an expiry date or a number of days, not both",
});

/** Input of the new API client form, before parsing. */
export type TApiClientCreateInput = z.input<typeof ZApiClientCreateInput>;
/** A parsed, valid new API client. */
export type TApiClientCreate = z.output<typeof ZApiClientCreateInput>;

/** Rotating an API client's token: how many hours (0–168) the token it replaces keeps working. */
export const ZRotateApiClientInput = z.object({
  graceHours: z
    .number({ error: "Grace hours must be a whole number from 0 to 168" })
    .int("Grace hours must be a whole number from 0 to 168")
    .min(0, "Grace hours must be a whole number from 0 to 168")
    .max(168, "Grace hours must be a whole number from 0 to 168")
    .default(24),
});

/** A parsed rotation request. */
export type TRotateApiClient = z.output<typeof ZRotateApiClientInput>;

/** An API client as the API answers it: the token's public prefix, never its secret or hash. */
export const ZApiClientView = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    name: z.string(),
    tokenPrefix: z.string(),
    scopes: z.array(z.string()),
    active: z.boolean(),
    expiresAt: z.iso.datetime().nullable(),
    rotatedAt: z.iso.datetime().nullable(),
    previousTokenPrefix: z.string().nullable(),
    previousTokenExpiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    createdById: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "ApiClient" });

/** A new or rotated API client with its token, which is shown this once. */
export const ZCreatedApiClient = z.object({ client: ZApiClientView, token: z.string() });
