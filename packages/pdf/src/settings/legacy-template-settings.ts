import { z } from "zod";
import { DEFAULT_LABELS } from "./default-labels.ts";
import { hexColour, text, withDefault } from "./settings-text.ts";
import { defaultBlocks } from "./template-blocks.ts";

const VERSION_2_KEYS = ["version", "paper", "blocks", "labels"];

// The flat settings stored before version 2, read with the messages they had.
const legacySchema = z.object({
  title: withDefault(text("Title", 80).min(1, "Title must not be empty"), DEFAULT_LABELS.en.title),
  subtitle: withDefault(text("Subtitle", 160), DEFAULT_LABELS.en.subtitle),
  accentColor: withDefault(hexColour, "#0B4F8A"),
  footerText: withDefault(text("Footer text", 400), DEFAULT_LABELS.en.footer),
  showIdentifier: withDefault(z.boolean({ error: "Show identity number must be true or false" }), true),
});

/** Whether stored settings are the flat layout from before version 2: an object naming none of version 2's keys. */
export const isLegacyTemplateSettings = (json: unknown): json is Record<string, unknown> =>
  typeof json === "object" &&
  json !== null &&
  !Array.isArray(json) &&
  Object.keys(json).length > 0 &&
  !VERSION_2_KEYS.some((key) => key in json);

/**
 * The version 2 settings that print as the flat settings did. The Hindi and Arabic words of the
 * built-in template are kept only for the words the flat settings left as they were: a translation
 * of the default title under a title of the ministry's own would say something else.
 */
export const upgradeLegacyTemplateSettings = (json: Record<string, unknown>) => {
  const result = legacySchema.safeParse(json);
  if (!result.success) return result;
  const legacy = result.data;
  const kept = (language: "hi" | "ar") => ({
    fields: { ...DEFAULT_LABELS[language].fields },
    ...(legacy.title === DEFAULT_LABELS.en.title ? { title: DEFAULT_LABELS[language].title } : {}),
    ...(legacy.subtitle === DEFAULT_LABELS.en.subtitle ? { subtitle: DEFAULT_LABELS[language].subtitle } : {}),
    ...(legacy.footerText === DEFAULT_LABELS.en.footer ? { footer: DEFAULT_LABELS[language].footer } : {}),
  });
  const blocks = defaultBlocks().map((block) =>
    block.type === "holder" && !legacy.showIdentifier
      ? { ...block, fields: block.fields.filter((field) => field !== "identifier") }
      : block,
  );
  return {
    success: true as const,
    data: {
      version: 2 as const,
      paper: "A4" as const,
      accentColor: legacy.accentColor,
      blocks,
      labels: {
        en: {
          title: legacy.title,
          subtitle: legacy.subtitle,
          footer: legacy.footerText,
          fields: { ...DEFAULT_LABELS.en.fields },
        },
        hi: kept("hi"),
        ar: kept("ar"),
      },
    },
  };
};
