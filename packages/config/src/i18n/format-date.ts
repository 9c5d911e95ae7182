import type { TLocale } from "./locales";

// English dates read day first across the platform's users (India, the Gulf, Europe), not the US order.
const DATE_LOCALES: Record<TLocale, string> = { en: "en-GB", hi: "hi-IN", ar: "ar" };

const formats = new Map<string, Intl.DateTimeFormat>();

const formatOf = (locale: TLocale, timeZone: string): Intl.DateTimeFormat => {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[locale], {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone,
    });
    formats.set(key, format);
  }
  return format;
};

/**
 * A date as every app and the certificate show it: day, short month name and year in the reader's
 * language ("12 Apr 1985", "12 अप्रैल 1985", "١٢ أبريل ١٩٨٥" or with Latin digits, as the runtime writes Arabic). A calendar date (`YYYY-MM-DD`) is that
 * day wherever the reader is; a moment is the day it was in `timeZone`. Text that is not an ISO
 * date (a partial date, a free-text field) is returned as given.
 */
export const formatCalendarDate = (value: string | Date, locale: TLocale, timeZone = "UTC"): string => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : formatOf(locale, timeZone).format(value);
  // Only ISO dates are read: Date parsing turns almost any text with a year in it into some date.
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return value;
  const calendarDay = value.length === 10;
  const date = new Date(calendarDay ? `${value}T00:00:00Z` : value);
  // A day the calendar has not (31 February) is shown as written, not rolled into March.
  if (Number.isNaN(date.getTime()) || (calendarDay && date.toISOString().slice(0, 10) !== value)) return value;
  return formatOf(locale, calendarDay ? "UTC" : timeZone).format(date);
};

const momentFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment, date and time, as the apps show when something happened ("7 Dec 2026, 05:00"), in the
 * reader's language and the tenant's time zone: a record made at 22:17 UTC reads 03:47 in India.
 */
export const formatMoment = (value: string | Date, locale: TLocale, timeZone = "UTC"): string => {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return typeof value === "string" ? value : "";
  const key = `${locale}|${timeZone}`;
  let format = momentFormats.get(key);
  if (!format) {
    // The calendar date's parts, then a 24-hour time: Hindi's am/pm would be in Latin letters.
    format = new Intl.DateTimeFormat(DATE_LOCALES[locale], {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
    momentFormats.set(key, format);
  }
  return format.format(date);
};

/**
 * A moment's time of day in a time zone, with the zone's offset so a reader elsewhere is not misled:
 * "03:47 GMT+5:30". The offset reads the same in every language, where a zone's name ("India
 * Standard Time") would be English inside a Hindi or Arabic message. For messages such as when a
 * locked account opens again.
 */
export const formatTimeInZone = (moment: Date, timeZone: string, locale: TLocale = "en"): string => {
  const parts = new Intl.DateTimeFormat(DATE_LOCALES[locale], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "shortOffset",
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? "";
  return `${part("hour")}:${part("minute")} ${part("timeZoneName")}`;
};

/** Whether `zone` is a time zone this runtime knows (an IANA name such as Asia/Kolkata, or UTC). */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
