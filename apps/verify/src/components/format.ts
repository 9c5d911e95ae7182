import { formatCalendarDate, type TLocale } from "@vax/config/i18n";

/** A certificate's date (`YYYY-MM-DD` or a timestamp) as "12 Apr 1985" in the checker's language; other text as given. */
export const formatDate = (value: string, locale: TLocale): string => formatCalendarDate(value, locale);

/** A moment in the checker's own time zone and language, e.g. "1 Dec 2026, 14:05". */
export const formatMoment = (date: Date, locale: TLocale): string =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { dateStyle: "medium", timeStyle: "short" }).format(date);

/** How long ago a moment was, in words of the checker's language: "now", "5 minutes ago", "3 days ago". */
export const formatAge = (date: Date, locale: TLocale, now = new Date()): string => {
  const words = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const minutes = Math.round((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 1) return words.format(0, "second");
  if (minutes < 60) return words.format(-minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (hours < 48) return words.format(-hours, "hour");
  return words.format(-Math.round(hours / 24), "day");
};

/** A country's name in the checker's language from its ISO 3166 alpha-2 code ("DE" → "Germany"); other text as given. */
export const countryName = (code: string | undefined, locale: TLocale): string | undefined => {
  if (!code) return undefined;
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
};
