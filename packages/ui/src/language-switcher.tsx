"use client";

import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, type TLocale } from "@vax/config/i18n";

const YEAR_SECONDS = 60 * 60 * 24 * 365;

const choose = (locale: TLocale) => {
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads this cookie; nothing in the page needs more storage.
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
  window.location.reload();
};

/**
 * The language choice in an app's header: a labelled group of buttons, each naming its language
 * in itself so a reader who cannot read the current one still finds theirs. Buttons rather than a
 * select, whose arrow keys would reload the page on the first press. The choice is kept in the
 * `lang` cookie, which outranks the browser and the tenant; the URL stays the same.
 */
export const LanguageSwitcher = ({ label, current }: { label: string; current: TLocale }) => (
  <fieldset className="flex items-center gap-1 text-sm">
    <legend className="sr-only">{label}</legend>
    {LOCALES.map((locale) => (
      <button
        key={locale}
        type="button"
        lang={locale}
        aria-pressed={locale === current}
        onClick={() => (locale === current ? undefined : choose(locale))}
        className={`rounded px-2 py-1 focus:outline-none focus:ring-2 focus:ring-teal-600 ${
          locale === current ? "bg-slate-200 font-semibold text-slate-900" : "underline hover:bg-slate-100"
        }`}
      >
        {LOCALE_NAMES[locale]}
      </button>
    ))}
  </fieldset>
);
