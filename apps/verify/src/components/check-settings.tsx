"use client";

import { type CheckSettings, localDay } from "@/lib/browser/check-settings";
import { countryName } from "./format";

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
  const today = localDay(new Date());
  const offered =
    settings.destination && !destinations.includes(settings.destination)
      ? [...destinations, settings.destination]
      : destinations;
  const notToday = settings.date !== undefined && settings.date !== today;
  return (
    <section aria-labelledby="settings-heading" className="rounded-lg border border-slate-200 bg-white px-3 py-3">
      <h2 id="settings-heading" className="text-sm font-semibold text-slate-900">
        Rules to check by
      </h2>
      <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
        <label className="block text-sm text-slate-700">
          Destination country
          <select
            className={fieldClass}
            value={settings.destination ?? ""}
            onChange={(event) => {
              const { destination: _, ...rest } = settings;
              onChange(event.target.value ? { ...rest, destination: event.target.value } : rest);
            }}
          >
            <option value="">None (the issuer&apos;s own rules only)</option>
            {offered.map((code) => (
              <option key={code} value={code}>
                {countryName(code)} ({code})
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm text-slate-700">
          Date of entry
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
          Certificates are judged as on {settings.date}, not today.{" "}
          <button
            type="button"
            className="underline focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600"
            onClick={() => {
              const { date: _, ...rest } = settings;
              onChange(rest);
            }}
          >
            Use today
          </button>
        </p>
      ) : null}
      {destinations.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No entry rules are kept on this device yet.</p>
      ) : null}
    </section>
  );
};
