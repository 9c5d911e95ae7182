import { LOCALE_COOKIE, resolveLocale, type TLocale } from "@vax/config/i18n";

const cookieValue = (header: string | null, name: string): string | undefined => {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
};

/**
 * The language an API answer's messages are written in: the app's language cookie (set by its
 * switcher), then the Accept-Language header, then English. An API client that sends neither reads
 * English, as the API documentation is written.
 */
export const readerLocale = (request: Request | undefined): TLocale =>
  request ? localeOfHeaders((name) => request.headers.get(name)) : "en";

/** {@link readerLocale} from headers read by name (next-auth hands its callbacks a plain object of them). */
export const localeOfHeaders = (header: (name: string) => string | null | undefined): TLocale =>
  resolveLocale({
    cookie: cookieValue(header("cookie") ?? null, LOCALE_COOKIE),
    acceptLanguage: header("accept-language"),
  });
