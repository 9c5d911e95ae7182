import { z } from "zod";

/** Trimmed text of at most `max` characters, its message naming the field. */
export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} is at most ${max} characters`);

/**
 * A field the stored JSON leaves out, or sets to null, takes its default: templates saved before a
 * field existed keep rendering, and an admin can clear one field without restating the others.
 */
export const withDefault = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  schema.nullish().transform((value): z.output<T> => value ?? fallback);

/** What a field key may be, as an error message says it. */
export const FIELD_KEY_RULE = "A field key is a letter then up to 63 letters, digits or _";

/** The name of a field in a credential, as the certificate document and the labels key it. */
export const fieldKey = z
  .string({ error: "A field key must be text" })
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, FIELD_KEY_RULE);

/** A colour as # and six hexadecimal digits. */
export const hexColour = z
  .string({ error: "Accent colour must be text" })
  .regex(/^#[0-9A-Fa-f]{6}$/, "Accent colour must be a colour like #0B4F8A (# and six hexadecimal digits)");
