import { z } from "zod";

/** The look of a programme's certificate when its template sets nothing. */
export const defaultTemplateSettings = {
  title: "Certificate of Vaccination",
  subtitle: "Digitally signed proof of vaccination",
  accentColor: "#0B4F8A",
  footerText:
    "This certificate is digitally signed by its issuer. Changing any detail makes the QR code fail to verify.",
  showIdentifier: true,
} as const satisfies Record<string, string | boolean>;

// A field the stored JSON leaves out, or sets to null, takes its default: templates saved before a
// field existed keep rendering, and an admin can clear one field without restating the others.
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  schema.nullish().transform((value): z.output<T> => value ?? fallback);

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} is at most ${max} characters`);

/** A certificate template's `settings` JSON (Prisma `CertificateTemplate.settings`); absent fields take the defaults. */
export const templateSettingsSchema = z.object({
  title: withDefault(text("Title", 80).min(1, "Title must not be empty"), defaultTemplateSettings.title),
  subtitle: withDefault(text("Subtitle", 160), defaultTemplateSettings.subtitle),
  accentColor: withDefault(
    z
      .string({ error: "Accent colour must be text" })
      .regex(/^#[0-9A-Fa-f]{6}$/, "Accent colour must be a colour like #0B4F8A (# and six hexadecimal digits)"),
    defaultTemplateSettings.accentColor,
  ),
  footerText: withDefault(text("Footer text", 400), defaultTemplateSettings.footerText),
  showIdentifier: withDefault(
    z.boolean({ error: "Show identity number must be true or false" }),
    defaultTemplateSettings.showIdentifier,
  ),
});

/** Template settings as stored or sent by an admin form, before defaults are filled in. */
export type TTemplateSettingsInput = z.input<typeof templateSettingsSchema>;
/** Complete template settings, every field set, as the renderer takes them. */
export type TTemplateSettings = z.output<typeof templateSettingsSchema>;

/** Thrown by parseTemplateSettings when a stored value is wrong; `issues` name each field and why. */
export class TemplateSettingsError extends Error {
  override name = "TemplateSettingsError";
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Invalid certificate template settings: ${issues.map((issue) => issue.message).join("; ")}`);
  }
}

/** Reads a template's settings JSON, filling each missing field with its default; throws a TemplateSettingsError for a wrong value. */
export const parseTemplateSettings = (json: unknown): TTemplateSettings => {
  const result = templateSettingsSchema.safeParse(json ?? {});
  if (result.success) return result.data;
  throw new TemplateSettingsError(
    result.error.issues.map((issue) => ({
      path: issue.path.join("."),
      message: issue.path.length === 0 ? "Template settings must be a JSON object" : issue.message,
    })),
  );
};
