"use client";

import type { TLocale } from "@vax/config/i18n";
import { useLocale, useTranslations } from "next-intl";
import { type CheckSettings, localDay } from "@/lib/browser/check-settings";
import { countryName, formatDate } from "./format";

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600";

/**
 * The destination whose entry rules a certificate is judged by, and the day (today unless another is chosen, as for
 * a journey booked ahead); the countries offered are those the kept rules have entry rules for.
 */
export const CheckSettingsForm = ({
  settings,
  destinations,
  onChange,
}: {
  settings: CheckSettings;
  destinations: readonly string[];
  onChange: (settings: CheckSettings) => void;
}) => {
  const t = useTranslations("Settings");
  const locale = useLocale() as TLocale;
  const today = localDay(new Date());
  const offered =
    settings.destination && !destinations.includes(settings.destination)
      ? [...destinations, settings.destination]
      : destinations;
  const notToday = settings.date !== undefined && settings.date !== today;
  return (
    <section aria-labelledby="settings-heading" className="rounded-lg border border-slate-200 bg-white px-3 py-3">
      <h2 id="settings-heading" className="text-sm font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
        <label className="block text-sm text-slate-700">
          {t("destination")}
          <select
            className={fieldClass}
            value={settings.destination ?? ""}
            onChange={(event) => {
              const { destination: _, ...rest } = settings;
              onChange(event.target.value ? { ...rest, destination: event.target.value } : rest);
            }}
          >
            <option value="">{t("noDestination")}</option>
            {offered.map((code) => (
              <option key={code} value={code}>
                {countryName(code, locale)} ({code})
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm text-slate-700">
          {t("date")}
          <input
            type="date"
            className={fieldClass}
            value={settings.date ?? today}
            onChange={(event) => {
              const { date: _, ...rest } = settings;
              const date = event.target.value;
              onChange(date && date !== today ? { ...rest, date } : rest);
            }}
          />
        </label>
      </div>
      {notToday ? (
        <p className="mt-2 text-sm font-medium text-amber-800">
          {t("judgedOn", { date: formatDate(settings.date ?? today, locale) })}{" "}
          <button
            type="button"
            className="underline focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600"
            onClick={() => {
              const { date: _, ...rest } = settings;
              onChange(rest);
            }}
          >
            {t("useToday")}
          </button>
        </p>
      ) : null}
      {destinations.length === 0 ? <p className="mt-2 text-sm text-slate-500">{t("noRules")}</p> : null}
    </section>
  );
};
