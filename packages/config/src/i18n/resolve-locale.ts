import { DEFAULT_LOCALE, isLocale, type TLocale } from "./locales";

// Browsers send a handful of ranges; a header longer than this is not a browser's.
const MAX_RANGES = 20;

/**
 * The platform languages an `Accept-Language` header asks for, best first: ranges ordered by their
 * q-value (ties keep the header's order), a regional range (`hi-IN`) standing for its language,
 * ranges with q=0 and languages the platform lacks left out.
 */
export const acceptedLocales = (header: string | null | undefined): TLocale[] => {
  if (!header) return [];
  const ranges = header
    .split(",")
    .slice(0, MAX_RANGES)
    .map((part, index) => {
      const [range = "", ...parameters] = part.trim().split(";");
      const q = parameters.map((parameter) => /^\s*q=(.*)$/i.exec(parameter)?.[1]).find((value) => value !== undefined);
      // An unreadable weight counts as a refusal rather than as the default 1.
      const weight = q === undefined ? 1 : /^\s*[01](\.\d{0,3})?\s*$/.test(q) ? Number(q) : 0;
      return { language: range.trim().toLowerCase().split("-")[0], weight, index };
    })
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return [...new Set(ranges.map(({ language }) => language).filter(isLocale))];
};

/** What a request says about its language, for {@link resolveLocale}. */
export type TLocaleSources = {
  /** The `lang` cookie the switcher set. */
  cookie?: string | null;
  /** The browser's `Accept-Language` header. */
  acceptLanguage?: string | null;
  /** The tenant's default language. */
  tenantDefault?: string | null;
};

/**
 * The language a page is shown in: the switcher's cookie, then the browser's preference, then the
 * tenant's default, then English. A value that is not one of the platform's languages is skipped.
 */
export const resolveLocale = ({ cookie, acceptLanguage, tenantDefault }: TLocaleSources): TLocale => {
  if (isLocale(cookie)) return cookie;
  const [accepted] = acceptedLocales(acceptLanguage);
  if (accepted) return accepted;
  if (isLocale(tenantDefault)) return tenantDefault;
  return DEFAULT_LOCALE;
};
