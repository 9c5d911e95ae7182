import type { TDoseRecord } from "@vax/core";
import { useTranslations } from "next-intl";
import type { TOutboxEntry } from "@/lib/offline/facility-database";

/** The doses a recipient has had, and those recorded on this device that wait to be sent. */
export const DoseHistory = ({
  doses,
  waiting,
  loaded,
}: {
  doses: TDoseRecord[];
  waiting: TOutboxEntry[];
  loaded: boolean;
}) => {
  const t = useTranslations("History");
  return (
    <section aria-label={t("title")} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 font-medium text-slate-900">{t("title")}</h2>
      {!loaded ? <p className="text-sm text-slate-600">{t("loading")}</p> : null}
      {loaded && doses.length === 0 && waiting.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : null}
      <ul className="flex flex-col gap-1 text-sm">
        {doses.map((dose) => (
          <li key={`${dose.programmeId}-${dose.dose}`}>
            <span className="font-medium">
              {t("doseOf", { programme: dose.programmeName, dose: dose.dose, total: dose.totalDoses })}
            </span>{" "}
            —{" "}
            {t("given", { vaccine: dose.vaccineName, batch: dose.batch, date: dose.date, facility: dose.facilityName })}
            {dose.certificateId ? <span className="ml-1 font-mono text-xs">({dose.certificateId})</span> : null}
          </li>
        ))}
        {waiting.map((entry) => (
          <li key={entry.idempotencyKey} className="text-amber-900">
            <span className="font-medium">
              {t("dose", { programme: entry.summary.programmeName, dose: entry.request.dose })}
            </span>{" "}
            —{" "}
            {t("waiting", { vaccine: entry.summary.vaccineName, batch: entry.request.batch, date: entry.request.date })}{" "}
            · {entry.status === "pending" ? t("pending") : t("attention")}
          </li>
        ))}
      </ul>
    </section>
  );
};
