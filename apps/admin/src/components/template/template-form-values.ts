import type { TTemplateSettings } from "@vax/core";
import { useTranslations } from "next-intl";

/** What the template editor edits: the name (a new template only) and the complete settings. */
export type TTemplateFormValues = { name: string; settings: TTemplateSettings };

/** How each block and each language is named to the admin, in the portal's language. */
export const useTemplateNames = () => {
  const t = useTranslations("TemplateEditor");
  const blocks: Record<string, string> = {
    header: t("blockHeader"),
    holder: t("blockHolder"),
    event: t("blockEvent"),
    qr: t("blockQr"),
    signature: t("blockSignature"),
    footer: t("blockFooter"),
  };
  const languages: Record<string, string> = { en: t("languageEn"), hi: t("languageHi"), ar: t("languageAr") };
  return { block: (type: string) => blocks[type] ?? type, language: (code: string) => languages[code] ?? code };
};

type TLabels = TTemplateSettings["labels"];
type TOtherLabels = NonNullable<TLabels["hi"]>;

const otherLanguages = ["hi", "ar"] as const;

// Every word of every language as a string, so each input is controlled from the start.
const filledLabels = (labels: TLabels): TLabels => {
  const filled = (other: TOtherLabels | undefined): TOtherLabels => ({
    title: other?.title ?? "",
    subtitle: other?.subtitle ?? "",
    footer: other?.footer ?? "",
    fields: Object.fromEntries(Object.keys(labels.en.fields).map((key) => [key, other?.fields?.[key] ?? ""])),
  });
  return { en: labels.en, hi: filled(labels.hi), ar: filled(labels.ar) };
};

// A word left empty in Hindi or Arabic is left out, so it prints in English rather than as nothing.
const sentLabels = (labels: TLabels): TLabels => {
  const kept = (other: TOtherLabels | undefined) => {
    if (!other) return undefined;
    const words = Object.entries({ title: other.title, subtitle: other.subtitle, footer: other.footer }).filter(
      ([, word]) => word?.trim(),
    );
    const fields = Object.entries(other.fields ?? {}).filter(([, word]) => word.trim());
    return { ...Object.fromEntries(words), fields: Object.fromEntries(fields) };
  };
  return { en: labels.en, ...Object.fromEntries(otherLanguages.map((language) => [language, kept(labels[language])])) };
};

/** The form's values of stored settings. */
export const formSettings = (settings: TTemplateSettings): TTemplateSettings => ({
  ...settings,
  labels: filledLabels(settings.labels),
});

/** The settings the form sends to preview or save. */
export const sentSettings = (settings: TTemplateSettings): TTemplateSettings => ({
  ...settings,
  labels: sentLabels(settings.labels),
});
