import { z } from "zod";

/** A required line of text, trimmed, with a readable message when empty or too long. */
export const requiredText = (label: string, max = 120) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is at most ${max} characters`);

/** An optional code: empty input becomes null. */
export const optionalCode = (label: string, pattern: RegExp, hint: string) =>
  z
    .string()
    .trim()
    .max(40)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .refine((value) => value == null || pattern.test(value), `${label} ${hint}`);

/** An optional calendar date as YYYY-MM-DD; empty input becomes null. */
export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .refine(
      (value) => value == null || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))),
      `${label} must be a date (YYYY-MM-DD)`,
    );

/** An ISO 3166-1 alpha-2 country code. */
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Country must be a two-letter ISO code, such as IN");
