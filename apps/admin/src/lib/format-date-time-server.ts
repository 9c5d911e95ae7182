import type { TLocale } from "@vax/config/i18n";
import { getLocale, getTimeZone } from "next-intl/server";
import { formattersFor, type TDateFormatters } from "./format-date-time";

/** The date formatters of an async server component: the reader's language, the tenant's time zone. */
export const getDateFormatters = async (): Promise<TDateFormatters> =>
  formattersFor((await getLocale()) as TLocale, (await getTimeZone()) ?? "UTC");
