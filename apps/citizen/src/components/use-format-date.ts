import { formatCalendarDate, type TLocale } from "@vax/config/i18n";
import { useLocale, useTimeZone } from "next-intl";

/** Formats dates as every app and the certificate do, in the reader's language and the tenant's time zone. */
export const useFormatDate = (): ((value: string) => string) => {
  const locale = useLocale() as TLocale;
  const timeZone = useTimeZone();
  return (value) => formatCalendarDate(value, locale, timeZone);
};
