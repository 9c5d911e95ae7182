// The one date format of the platform, in the PDF and the four apps: day, short month name, year,
// in the reader's language. English takes the day first ("14 Mar 2021"), as India and the Gulf write it.
const LOCALE_OF: Record<string, string> = { en: "en-GB" };
const formats = new Map<string, Intl.DateTimeFormat>();

const formatFor = (lang: string): Intl.DateTimeFormat => {
  let format = formats.get(lang);
  if (!format) {
    const locale = LOCALE_OF[lang] ?? lang;
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    formats.set(lang, format);
  }
  return format;
};

/**
 * A calendar date (YYYY-MM-DD, or the date of an ISO date-time) as "14 Mar 2021" in `lang` (en,
 * hi, ar or any BCP 47 tag). The day is read as written, in UTC, so no time zone moves it; any
 * other text (a partial date such as "1985") is returned as given. Browser-safe.
 */
export const formatCertificateDate = (value: string, lang = "en"): string => {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (!day) return value;
  const date = new Date(`${day}T00:00:00Z`);
  // A day the calendar has not (31 February) is printed as written, not rolled into March.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? value : formatFor(lang).format(date);
};
