import type { TCertificateLanguage } from "../../settings/certificate-language.ts";
import { DEFAULT_LABELS } from "../../settings/default-labels.ts";
import type { TTemplateSettings } from "../../template-settings.ts";
import { PHRASES, type TPhrase } from "./phrases.ts";

/** A piece of text in English and, when the certificate prints a second language that says it differently, in that one. */
export type TBilingual = { en: string; local?: string };

/** What the certificate says, in English and its second language. */
export type TCertificateWords = {
  lang: TCertificateLanguage;
  title: TBilingual;
  subtitle: TBilingual;
  footer: TBilingual;
  /** A field's name: the template's, else the built-in one, else the label the document gives. */
  field: (key: string, documentLabel?: string) => TBilingual;
  phrase: (key: TPhrase) => TBilingual;
  /** A country named by its ISO code, in words. */
  country: (country: string) => TBilingual;
};

const pair = (en: string, local: string | undefined): TBilingual => (local && local !== en ? { en, local } : { en });

const countryName = (country: string, lang: string): string | undefined => {
  if (!/^[A-Za-z]{2}$/.test(country)) return undefined;
  try {
    return new Intl.DisplayNames([lang], { type: "region", fallback: "none" }).of(country.toUpperCase());
  } catch {
    return undefined;
  }
};

/**
 * The certificate's words from its template. The second language takes what the template
 * translates, then the built-in translation of a standard field, then prints English alone.
 */
export const certificateWords = (settings: TTemplateSettings, lang: TCertificateLanguage): TCertificateWords => {
  const english = settings.labels.en;
  const local = lang === "en" ? undefined : settings.labels[lang];
  const builtIn = lang === "en" ? undefined : (DEFAULT_LABELS[lang].fields as Record<string, string>);
  const englishBuiltIn = DEFAULT_LABELS.en.fields as Record<string, string>;
  const second = (text: string | undefined) => (lang === "en" ? undefined : text);
  return {
    lang,
    title: pair(english.title, second(local?.title)),
    subtitle: pair(english.subtitle, second(local?.subtitle)),
    footer: pair(english.footer, second(local?.footer)),
    field: (key, documentLabel) => {
      const en = english.fields[key] ?? englishBuiltIn[key] ?? documentLabel ?? key;
      return pair(en, second(local?.fields?.[key] ?? builtIn?.[key]));
    },
    phrase: (key) => pair(PHRASES.en[key], second(lang === "en" ? undefined : PHRASES[lang][key])),
    country: (country) =>
      pair(countryName(country, "en") ?? country, second(lang === "en" ? undefined : countryName(country, lang))),
  };
};
