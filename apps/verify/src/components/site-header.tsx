import type { TLocale } from "@vax/config/i18n";
import { LanguageSwitcher } from "@vax/ui";
import { useLocale, useTranslations } from "next-intl";
import { ShieldIcon } from "./icons";

/** The app bar: the checker's name, what it is for, and the language choice. */
export const SiteHeader = () => {
  const t = useTranslations("Header");
  return (
    <header className="bg-teal-700 text-white">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center gap-3 px-4 py-3">
        <ShieldIcon className="h-8 w-8 shrink-0" />
        <div className="me-auto">
          <p className="text-lg font-semibold leading-tight">{t("appName")}</p>
          <p className="text-xs text-teal-100">{t("tagline")}</p>
        </div>
        <div className="rounded-md bg-white text-slate-900">
          <LanguageSwitcher label={t("language")} current={useLocale() as TLocale} />
        </div>
      </div>
    </header>
  );
};
