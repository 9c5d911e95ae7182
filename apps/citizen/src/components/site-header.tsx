import type { TLocale } from "@vax/config/i18n";
import { LanguageSwitcher } from "@vax/ui";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BrandMark } from "./brand-mark";

/** The bar at the top of every page: the portal's name, the language choice, and whatever the page adds (who is signed in). */
export const SiteHeader = ({ children }: { children?: ReactNode }) => {
  const t = useTranslations("Header");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <a href="/" className="flex items-center gap-2 text-slate-900">
          <BrandMark />
          <span className="text-base font-semibold tracking-tight">{t("title")}</span>
        </a>
        <div className="flex flex-wrap items-center gap-4 text-sm text-slate-600">
          <LanguageSwitcher label={t("language")} current={useLocale() as TLocale} />
          {children}
        </div>
      </div>
    </header>
  );
};
