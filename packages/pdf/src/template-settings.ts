import { z } from "zod";
import { DEFAULT_LABELS, type TLabelSet } from "./settings/default-labels.ts";
import { isLegacyTemplateSettings, upgradeLegacyTemplateSettings } from "./settings/legacy-template-settings.ts";
import { FIELD_KEY_RULE, fieldKey, hexColour, text, withDefault } from "./settings/settings-text.ts";
import { defaultBlocks, templateBlocksSchema } from "./settings/template-blocks.ts";

/** The paper sizes a certificate prints on, portrait. */
export const PAPER_SIZES = ["A4", "Letter", "A5"] as const;
/** The version of the settings layout this package writes; stored JSON with no version is the flat layout before it. */
export const TEMPLATE_SETTINGS_VERSION = 2;

const fieldNames = z.record(fieldKey, text("A field name", 80).min(1, "A field name must not be empty"), {
  error: (issue) =>
    issue.code === "invalid_key" ? FIELD_KEY_RULE : "Field names must be an object of field key to name",
});

// English is what every certificate prints, so its words are complete; what the JSON leaves out is the default's.
const englishLabels = z.object(
  {
    title: withDefault(text("Title", 120).min(1, "Title must not be empty"), DEFAULT_LABELS.en.title),
    subtitle: withDefault(text("Subtitle", 200), DEFAULT_LABELS.en.subtitle),
    footer: withDefault(text("Footer text", 400), DEFAULT_LABELS.en.footer),
    fields: withDefault(fieldNames, { ...DEFAULT_LABELS.en.fields }),
  },
  { error: "English labels must be an object" },
);
// Another language names what it translates; the rest prints in English.
const otherLabels = z
  .object(
    {
      title: text("Title", 120).optional(),
      subtitle: text("Subtitle", 200).optional(),
      footer: text("Footer text", 400).optional(),
      fields: fieldNames.optional(),
    },
    { error: "Labels must be an object" },
  )
  .optional();

const labelsSchema = z.object(
  { en: englishLabels, hi: otherLabels, ar: otherLabels },
  { error: "Labels must be an object with English (en) labels" },
);

/** A certificate template's `settings` JSON (Prisma `CertificateTemplate.settings`), version 2; absent fields take the defaults. */
export const templateSettingsSchema = z.object(
  {
    version: withDefault(
      z.literal(TEMPLATE_SETTINGS_VERSION, { error: `Settings version must be ${TEMPLATE_SETTINGS_VERSION}` }),
      TEMPLATE_SETTINGS_VERSION,
    ),
    paper: withDefault(z.enum(PAPER_SIZES, { error: `Paper is one of ${PAPER_SIZES.join(", ")}` }), "A4"),
    accentColor: withDefault(hexColour, "#0B4F8A"),
    blocks: withDefault(templateBlocksSchema, defaultBlocks()),
    labels: withDefault(labelsSchema, {
      en: { ...DEFAULT_LABELS.en, fields: { ...DEFAULT_LABELS.en.fields } },
      hi: { ...DEFAULT_LABELS.hi, fields: { ...DEFAULT_LABELS.hi.fields } },
      ar: { ...DEFAULT_LABELS.ar, fields: { ...DEFAULT_LABELS.ar.fields } },
    }),
  },
  { error: "Template settings must be a JSON object" },
);

/** Template settings as stored or sent by an admin form, before defaults are filled in. */
export type TTemplateSettingsInput = z.input<typeof templateSettingsSchema>;
/** Complete template settings, every field set, as the renderer takes them. */
export type TTemplateSettings = z.output<typeof templateSettingsSchema>;
/** The labels of one language other than English, as far as the template translates them. */
export type TTranslatedLabels = Partial<TLabelSet>;
/** One of the paper sizes. */
export type TPaperSize = (typeof PAPER_SIZES)[number];

/** The built-in vaccination template: A4, every block but the signature, labels in each language. */
export const defaultTemplateSettings: TTemplateSettings = templateSettingsSchema.parse({});

/** Thrown by parseTemplateSettings when a stored value is wrong; `issues` name each field by its path and say why. */
export class TemplateSettingsError extends Error {
  override name = "TemplateSettingsError";
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Invalid certificate template settings: ${issues.map((issue) => issue.message).join("; ")}`);
  }
}

/**
 * Reads a template's settings JSON, filling each missing field with its default; throws a
 * TemplateSettingsError for a wrong value. The flat settings stored before version 2 (title,
 * subtitle, accentColor, footerText, showIdentifier) are read into this layout.
 */
export const parseTemplateSettings = (json: unknown): TTemplateSettings => {
  const given = json ?? {};
  const upgraded = isLegacyTemplateSettings(given) ? upgradeLegacyTemplateSettings(given) : undefined;
  if (upgraded && !upgraded.success) throw settingsError(upgraded.error);
  const result = templateSettingsSchema.safeParse(upgraded ? upgraded.data : given);
  if (result.success) return result.data;
  throw settingsError(result.error);
};

const settingsError = (error: z.ZodError) =>
  new TemplateSettingsError(
    error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
  );
