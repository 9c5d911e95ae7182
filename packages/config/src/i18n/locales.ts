/** The languages every app and the certificate PDF come in. */
export const LOCALES = ["en", "hi", "ar"] as const;

/** One of the platform's languages. */
export type TLocale = (typeof LOCALES)[number];

/** The language used when nothing else chooses one. */
export const DEFAULT_LOCALE: TLocale = "en";

/** The cookie the language switcher sets; it wins over the browser's and the tenant's choice. */
export const LOCALE_COOKIE = "lang";

/** Each language named in itself, as a switcher offers it to someone who may not read the current one. */
export const LOCALE_NAMES: Record<TLocale, string> = { en: "English", hi: "हिन्दी", ar: "العربية" };

/** Whether a value is one of the platform's languages. */
export const isLocale = (value: unknown): value is TLocale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** The writing direction of a language, for `<html dir>`. */
export const directionOf = (locale: TLocale): "ltr" | "rtl" => (locale === "ar" ? "rtl" : "ltr");
