"use client";

import type { TLocale } from "@vax/config/i18n";
import { LanguageSwitcher } from "@vax/ui";
import { useLocale, useTranslations } from "next-intl";
import type { FacilityDatabase } from "@/lib/offline/facility-database";
import { useOfflineShell } from "@/lib/use-offline-shell";
import { FacilitySignOut } from "./facility-sign-out";

/** The bar over the app: the facility, who is signed in, the connection and sign-out. */
export const AppHeader = ({
  facilityName,
  signedInAs,
  online,
  db,
}: {
  facilityName: string;
  signedInAs: string;
  online: boolean;
  db: FacilityDatabase;
}) => {
  const offlineReady = useOfflineShell();
  const t = useTranslations("Header");
  const locale = useLocale() as TLocale;
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div>
          <p className="text-lg font-semibold text-slate-900">{facilityName}</p>
          <p className="text-sm text-slate-600">{signedInAs}</p>
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <span
            role="status"
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${online ? "bg-green-100 text-green-800" : "bg-amber-100 text-amber-900"}`}
          >
            {online ? t("online") : t("offline")}
          </span>
          {offlineReady ? <span className="text-xs text-slate-500">{t("offlineReady")}</span> : null}
          <LanguageSwitcher label={t("language")} current={locale} />
          <FacilitySignOut db={db} label={t("signOut")} />
        </div>
      </div>
    </header>
  );
};
