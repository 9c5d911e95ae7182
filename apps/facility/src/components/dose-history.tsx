import type { TDoseRecord } from "@vax/core";
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
}) => (
  <section aria-label="Doses" className="rounded-lg border border-slate-200 bg-white p-4">
    <h2 className="mb-2 font-medium text-slate-900">Doses</h2>
    {!loaded ? <p className="text-sm text-slate-600">Loading the history…</p> : null}
    {loaded && doses.length === 0 && waiting.length === 0 ? (
      <p className="text-sm text-slate-600">No dose recorded yet.</p>
    ) : null}
    <ul className="flex flex-col gap-1 text-sm">
      {doses.map((dose) => (
        <li key={`${dose.programmeId}-${dose.dose}`}>
          <span className="font-medium">
            {dose.programmeName}: dose {dose.dose} of {dose.totalDoses}
          </span>{" "}
          — {dose.vaccineName}, batch {dose.batch}, {dose.date}, {dose.facilityName}
          {dose.certificateId ? <span className="ml-1 font-mono text-xs">({dose.certificateId})</span> : null}
        </li>
      ))}
      {waiting.map((entry) => (
        <li key={entry.idempotencyKey} className="text-amber-900">
          <span className="font-medium">
            {entry.summary.programmeName}: dose {entry.request.dose}
          </span>{" "}
          — {entry.summary.vaccineName}, batch {entry.request.batch}, {entry.request.date} ·{" "}
          {entry.status === "pending" ? "pending sync" : "needs attention"}
        </li>
      ))}
    </ul>
  </section>
);
