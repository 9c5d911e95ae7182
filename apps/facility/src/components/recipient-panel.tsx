"use client";

import type { TCertificateView, TDoseHistory, TRecipientView } from "@vax/core";
import { Alert, Button } from "@vax/ui";
import { useLiveQuery } from "dexie-react-hooks";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { callApi } from "@/lib/api-call";
import { isOnline } from "@/lib/connectivity";
import { queueDose, sendQueuedDose } from "@/lib/offline/dose-outbox";
import type { FacilityDatabase } from "@/lib/offline/facility-database";
import { cachedHistory, rememberRecipient } from "@/lib/offline/recipient-cache";
import type { TProgrammeChoice } from "@/lib/workplace-choices";
import { DoseForm, type TDoseFields, type TDoseSubmitResult } from "./dose-form";
import { DoseHistory } from "./dose-history";
import { RecipientCard } from "./recipient-card";
import { TestReportForm } from "./test-report-form";

type THistoryState = { history: TDoseHistory | null; fromDevice: boolean; error: string | null };

/**
 * One recipient: who they are, the doses they have had (and those waiting on this device), and
 * the form that records the next dose. The recipient is kept on the device for offline use.
 */
export const RecipientPanel = ({
  db,
  online,
  recipient,
  programmes,
  onIssued,
  onBack,
}: {
  db: FacilityDatabase;
  online: boolean;
  recipient: TRecipientView;
  programmes: TProgrammeChoice[];
  onIssued: (certificate: TCertificateView) => void;
  onBack: () => void;
}) => {
  const t = useTranslations("Recipient");
  const [state, setState] = useState<THistoryState | null>(null);
  const [queuedNote, setQueuedNote] = useState<string | null>(null);
  const waiting = useLiveQuery(
    () => db.outbox.where("request.recipientId").equals(recipient.id).sortBy("createdAt"),
    [db, recipient.id],
    [],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per opened recipient; going offline keeps what was read
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const outcome = online
        ? await callApi<TDoseHistory>(`/api/v1/recipients/${encodeURIComponent(recipient.id)}/doses`)
        : ({ kind: "unreachable" } as const);
      if (outcome.kind === "ok") {
        await rememberRecipient(db, recipient, outcome.body);
        if (!cancelled) setState({ history: outcome.body, fromDevice: false, error: null });
        return;
      }
      await rememberRecipient(db, recipient, null);
      const error = outcome.kind === "error" ? outcome.error.message : null;
      const history = await cachedHistory(db, recipient.id);
      if (!cancelled) setState({ history, fromDevice: true, error });
    };
    load().catch(console.error);
    return () => {
      cancelled = true;
    };
  }, [db, recipient]);

  const record = async (fields: TDoseFields): Promise<TDoseSubmitResult> => {
    setQueuedNote(null);
    const programme = programmes.find(({ id }) => id === fields.programmeId);
    const vaccine = programme?.vaccines.find(({ id }) => id === fields.vaccineId);
    const queued = await queueDose(
      db,
      { ...fields, idempotencyKey: crypto.randomUUID(), recipientId: recipient.id },
      { recipientName: recipient.name, programmeName: programme?.name ?? "", vaccineName: vaccine?.name ?? "" },
    );
    if (queued.kind === "already-pending") return { kind: "refused", message: queued.message, details: [] };
    const { entry } = queued;
    const outcome = isOnline() ? await sendQueuedDose(db, entry) : ({ kind: "later", reason: "unreachable" } as const);
    if (outcome.kind === "issued") {
      onIssued(outcome.certificate);
      return { kind: "done" };
    }
    if (outcome.kind === "refused") return { kind: "refused", ...outcome.error };
    setQueuedNote(outcome.reason === "signed-out" ? t("signedOut") : t("saved"));
    return { kind: "done" };
  };

  return (
    <section aria-labelledby="recipient-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="recipient-heading" className="text-2xl font-semibold text-slate-900">
          {recipient.name}
        </h1>
        <Button variant="secondary" onClick={onBack}>
          {t("back")}
        </Button>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <RecipientCard recipient={recipient} />
      </div>
      {state?.error ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.fromDevice && !state.error ? (
        <Alert tone="info">{state.history ? t("offlineHistory") : t("offlineNoHistory")}</Alert>
      ) : null}
      <DoseHistory doses={state?.history?.doses ?? []} waiting={waiting} loaded={state !== null} />
      {queuedNote ? <Alert tone="success">{queuedNote}</Alert> : null}
      {state ? (
        <DoseForm
          programmes={programmes}
          suggestions={state.history?.suggestions ?? null}
          preEnrolledProgrammeId={recipient.preEnrolments.find(({ status }) => status === "OPEN")?.programmeId}
          onSubmit={record}
        />
      ) : null}
      <TestReportForm recipientId={recipient.id} online={online} />
    </section>
  );
};
