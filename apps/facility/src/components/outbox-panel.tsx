"use client";

import type { TCertificateView } from "@vax/core";
import { Button } from "@vax/ui";
import { useLiveQuery } from "dexie-react-hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { discardEntry, retryEntry, syncOutbox } from "@/lib/offline/dose-outbox";
import type { FacilityDatabase, TOutboxEntry } from "@/lib/offline/facility-database";

/**
 * What this device holds for the server: doses pending sync, doses the server refused (each with
 * its reason, sent again only when a person chooses), and the certificates issued here.
 */
export const OutboxPanel = ({
  db,
  online,
  onShowCertificate,
}: {
  db: FacilityDatabase;
  online: boolean;
  onShowCertificate: (certificate: TCertificateView, recipientName: string) => void;
}) => {
  const entries = useLiveQuery(() => db.outbox.orderBy("createdAt").toArray(), [db], []);
  const certificates = useLiveQuery(
    () => db.certificates.orderBy("receivedAt").reverse().limit(20).toArray(),
    [db],
    [],
  );
  const t = useTranslations("Outbox");
  const describe = (entry: TOutboxEntry) =>
    t("entry", {
      name: entry.summary.recipientName,
      vaccine: entry.summary.vaccineName,
      dose: entry.request.dose,
      date: entry.request.date,
    });
  const [syncing, setSyncing] = useState(false);
  const pending = entries.filter((entry) => entry.status === "pending");
  const attention = entries.filter((entry) => entry.status === "attention");

  const syncNow = async () => {
    setSyncing(true);
    await syncOutbox(db).catch(console.error);
    setSyncing(false);
  };

  return (
    <aside className="flex flex-col gap-4 print:hidden">
      <section aria-labelledby="pending-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <div className="mb-2 flex items-center justify-between">
          <h2 id="pending-heading" className="font-medium text-slate-900">
            {t("pending", { count: pending.length })}
          </h2>
          {pending.length > 0 && online ? (
            <Button variant="secondary" onClick={syncNow} disabled={syncing}>
              {syncing ? t("sending") : t("send")}
            </Button>
          ) : null}
        </div>
        {pending.length === 0 ? (
          <p className="text-sm text-slate-600">{t("allSent")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {pending.map((entry) => (
              <li key={entry.idempotencyKey} className="text-amber-900">
                {describe(entry)} · {t("pendingSync")}
              </li>
            ))}
          </ul>
        )}
      </section>
      {attention.length > 0 ? (
        <section aria-labelledby="attention-heading" className="rounded-lg border border-red-300 bg-red-50 p-4">
          <h2 id="attention-heading" className="mb-2 font-medium text-red-900">
            {t("attention", { count: attention.length })}
          </h2>
          <ul className="flex flex-col gap-3 text-sm">
            {attention.map((entry) => (
              <li key={entry.idempotencyKey}>
                <p className="text-slate-900">{describe(entry)}</p>
                <p className="text-red-800">{entry.message}</p>
                <div className="mt-1 flex gap-2">
                  <Button variant="secondary" onClick={() => retryEntry(db, entry.idempotencyKey).then(syncNow)}>
                    {t("sendAgain")}
                  </Button>
                  <Button variant="secondary" onClick={() => discardEntry(db, entry.idempotencyKey)}>
                    {t("remove")}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="issued-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="issued-heading" className="mb-2 font-medium text-slate-900">
          {t("issued")}
        </h2>
        {certificates.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noneIssued")}</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm">
            {certificates.map((issued) => (
              <li key={issued.certificateId} className="flex items-center justify-between gap-2">
                <span>
                  {issued.recipientName} · <span className="font-mono">{issued.certificateId}</span>
                  {issued.via === "queue" ? <span className="text-slate-500"> · {t("synced")}</span> : null}
                </span>
                <Button
                  variant="secondary"
                  onClick={() => onShowCertificate(issued.certificate, issued.recipientName)}
                  aria-label={t("showCertificate", { id: issued.certificateId })}
                >
                  {t("show")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
};
