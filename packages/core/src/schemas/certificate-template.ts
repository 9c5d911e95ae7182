import { z } from "zod";
import { requiredText } from "./fields";

/**
 * The largest template request a route reads: the settings with a logo and a signature as data
 * URLs, each capped by the settings' own rules well below this.
 */
export const TEMPLATE_BODY_LIMIT = 1024 * 1024;

/**
 * A template's settings as sent: a JSON object, checked field by field on the server by @vax/pdf
 * (the renderer owns its settings' rules; this schema stays browser-safe for the forms).
 */
export const ZTemplateSettingsJson = z
  .record(z.string(), z.unknown(), { error: "Settings must be a JSON object" })
  .meta({ description: "Certificate template settings (paper, blocks, labels per language, QR size, images)" });

const ZTemplateSchemaId = z.uuid({ error: "Choose a credential schema" }).nullable().optional().meta({
  description: "The credential schema whose credentials it prints; null or absent for vaccination certificates",
});

/** A new template: its name, the schema it prints and the settings of its version 1. */
export const ZTemplateCreateInput = z.object({
  name: requiredText("Name", 80),
  schemaId: ZTemplateSchemaId,
  settings: ZTemplateSettingsJson.default({}),
});
/** Input of the new-template form, before parsing. */
export type TTemplateCreateInput = z.input<typeof ZTemplateCreateInput>;

/** A template's next version. */
export const ZTemplateSettingsInput = z.object({ settings: ZTemplateSettingsJson });
/** A parsed settings body. */
export type TTemplateSettingsBody = z.output<typeof ZTemplateSettingsInput>;

/** Settings to preview, drawn with a sample credential of the schema given (a vaccination certificate without one). */
export const ZTemplatePreviewInput = z.object({ settings: ZTemplateSettingsJson, schemaId: ZTemplateSchemaId });

/** The language a preview prints beside English (`en`: English alone), as every PDF takes it. */
export const ZTemplatePreviewQuery = z.object({
  lang: z.enum(["en", "hi", "ar"], { error: "The language is en, hi or ar" }).default("en"),
});

/** The template version a programme's certificates print with; null for the built-in look. */
export const ZProgrammeTemplateChoice = z.object({
  templateVersionId: z.uuid({ error: "Choose a template version" }).nullable(),
});
/** A parsed programme template choice. */
export type TProgrammeTemplateChoice = z.output<typeof ZProgrammeTemplateChoice>;

/** The path of one version of a template. */
export const ZTemplateVersionPath = z.object({
  id: z.string(),
  version: z.coerce.number().int().min(1, "Versions start at 1").max(1_000_000),
});

/** A programme that prints with a template version. */
export const ZTemplateProgrammeUse = z.object({ id: z.string(), name: z.string(), version: z.number().int() });

/** One saved, unchangeable version of a template. */
export const ZTemplateVersionView = z
  .object({
    id: z.string(),
    templateId: z.string(),
    version: z.number().int(),
    settings: ZTemplateSettingsJson,
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "CertificateTemplateVersion" });
/** A template version as the API answers it. */
export type TTemplateVersionView = z.output<typeof ZTemplateVersionView>;

/** A template in a list: its latest version and the programmes that print with one of its versions. */
export const ZTemplateSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    active: z.boolean(),
    schema: z
      .object({ id: z.string(), title: z.string() })
      .nullable()
      .meta({ description: "The credential schema it prints; null for vaccination certificates" }),
    latestVersion: z.number().int(),
    programmes: z.array(ZTemplateProgrammeUse),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "CertificateTemplateSummary" });
/** A template as lists show it. */
export type TTemplateSummary = z.output<typeof ZTemplateSummary>;

/** A template with every version (dates and authors) and the latest version's settings. */
export const ZTemplateView = ZTemplateSummary.extend({
  versions: z.array(ZTemplateVersionView.omit({ settings: true, templateId: true })),
  latest: ZTemplateVersionView,
}).meta({ id: "CertificateTemplate" });
/** A template as its page and the API show it. */
export type TTemplateView = z.output<typeof ZTemplateView>;
