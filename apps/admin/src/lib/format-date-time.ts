import { formatCalendarDate, formatMoment, type TLocale } from "@vax/config/i18n";
import { useLocale, useTimeZone } from "next-intl";

/** How the portal writes times and dates: in the reader's language and the tenant's time zone. */
export type TDateFormatters = {
  /** A moment from the API (an ISO string once it has crossed JSON), or the fallback when absent. */
  dateTime: (value: Date | string | null | undefined, fallback?: string) => string;
  /** A calendar date (YYYY-MM-DD), the same day wherever the reader is. */
  day: (value: string) => string;
};

export const formattersFor = (locale: TLocale, timeZone: string): TDateFormatters => ({
  dateTime: (value, fallback = "—") => (value ? formatMoment(value, locale, timeZone) : fallback),
  day: (value) => formatCalendarDate(value, locale),
});

/** The date formatters of a client component, or of a server component that is not async. */
export const useDateFormatters = (): TDateFormatters => formattersFor(useLocale() as TLocale, useTimeZone() ?? "UTC");
