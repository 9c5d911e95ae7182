export { formatCalendarDate, formatMoment, formatTimeInZone, isTimeZone } from "./format-date";
export { DEFAULT_LOCALE, directionOf, isLocale, LOCALE_COOKIE, LOCALE_NAMES, LOCALES, type TLocale } from "./locales";
export { acceptedLocales, resolveLocale, type TLocaleSources } from "./resolve-locale";
