import type { TCertificateView } from "@vax/core";
import type { TRecordDose } from "@vax/core/schemas";
import type { FacilityDatabase, TIssuedCertificate, TOutboxEntry } from "./facility-database";
import { pendingSameDose, sameDoseMessage } from "./same-dose";
import { sendDose, type TSendOutcome } from "./send-dose";

const LOCK = "vax-facility-dose-outbox";

// One sender at a time across this device's tabs, so an entry is never in flight twice at once;
// where Web Locks are missing, the server's idempotency on the key still prevents a duplicate.
const exclusively = <T>(run: () => Promise<T>): Promise<T> =>
  typeof navigator !== "undefined" && navigator.locks ? (navigator.locks.request(LOCK, run) as Promise<T>) : run();

const now = () => new Date().toISOString();

/** Keeps a certificate the server issued and drops its queue entry, as one change. */
const settleIssued = (
  db: FacilityDatabase,
  entry: TOutboxEntry,
  certificate: TCertificateView,
  via: TIssuedCertificate["via"],
) =>
  db.transaction("rw", db.outbox, db.certificates, async () => {
    await db.certificates.put({
      certificateId: certificate.certificateId,
      recipientName: entry.summary.recipientName,
      certificate,
      via,
      receivedAt: now(),
    });
    await db.outbox.delete(entry.idempotencyKey);
  });

/** What became of putting a dose in the queue: queued, or refused as the same dose already waiting. */
export type TQueueOutcome =
  | { kind: "queued"; entry: TOutboxEntry }
  | { kind: "already-pending"; entry: TOutboxEntry; message: string };

/**
 * Puts a dose in the queue, pending: written before the first send, so closing the tab loses
 * nothing. A dose the same as one still waiting (entered twice while offline, or again after the
 * send was put off) is refused with the reason, so it is never queued, and certified, twice.
 */
export const queueDose = (
  db: FacilityDatabase,
  request: TRecordDose,
  summary: TOutboxEntry["summary"],
): Promise<TQueueOutcome> =>
  // One transaction: two tabs entering the same dose at once cannot both find the queue without it.
  db.transaction("rw", db.outbox, async (): Promise<TQueueOutcome> => {
    const same = await pendingSameDose(db, request);
    if (same) return { kind: "already-pending", entry: same, message: sameDoseMessage(same) };
    const entry: TOutboxEntry = {
      idempotencyKey: request.idempotencyKey,
      request,
      summary,
      status: "pending",
      message: null,
      details: [],
      createdAt: now(),
      attempts: 0,
    };
    await db.outbox.put(entry);
    return { kind: "queued", entry };
  });

/**
 * Sends a dose the vaccinator just entered, which {@link queueDose} has stored. Issued: the entry
 * goes and the certificate is kept. Refused: the entry goes too, since the form shows the reason
 * beside the field to correct. Otherwise it stays pending for {@link syncOutbox}.
 */
export const sendQueuedDose = (db: FacilityDatabase, entry: TOutboxEntry): Promise<TSendOutcome> =>
  exclusively(async () => {
    const outcome = await sendDose(entry.request);
    if (outcome.kind === "issued") await settleIssued(db, entry, outcome.certificate, "online");
    else if (outcome.kind === "refused") await db.outbox.delete(entry.idempotencyKey);
    else await db.outbox.update(entry.idempotencyKey, { attempts: entry.attempts + 1 });
    return outcome;
  });

/** What one pass over the queue did. */
export type TSyncResult = {
  issued: number;
  refused: number;
  stoppedBecause: "done" | "unreachable" | "signed-out" | "server";
};

/**
 * Sends every pending dose, oldest first. An entry leaves the queue only once the server answered
 * with its certificate; a refusal moves it to "needs attention" with the server's message and it
 * is not sent again until a person says so. The pass stops at the first answer that says to try
 * later, so an outage is not hammered entry by entry.
 */
export const syncOutbox = (db: FacilityDatabase): Promise<TSyncResult> =>
  exclusively(async () => {
    const result: TSyncResult = { issued: 0, refused: 0, stoppedBecause: "done" };
    const pending = await db.outbox.where("status").equals("pending").sortBy("createdAt");
    for (const queued of pending) {
      // Re-read inside the lock: another tab or the form may have settled it meanwhile.
      const entry = await db.outbox.get(queued.idempotencyKey);
      if (entry?.status !== "pending") continue;
      const outcome = await sendDose(entry.request);
      if (outcome.kind === "issued") {
        await settleIssued(db, entry, outcome.certificate, "queue");
        result.issued += 1;
      } else if (outcome.kind === "refused") {
        await db.outbox.update(entry.idempotencyKey, {
          status: "attention",
          message: outcome.error.message,
          details: outcome.error.details,
          attempts: entry.attempts + 1,
        });
        result.refused += 1;
      } else {
        await db.outbox.update(entry.idempotencyKey, { attempts: entry.attempts + 1 });
        result.stoppedBecause = outcome.reason;
        break;
      }
    }
    return result;
  });

/** Puts an entry that needed attention back in the queue, when a person chooses to send it again. */
export const retryEntry = (db: FacilityDatabase, idempotencyKey: string) =>
  db.outbox.update(idempotencyKey, { status: "pending", message: null, details: [] });

/** Drops an entry from the queue, when a person decides it should not be sent. */
export const discardEntry = (db: FacilityDatabase, idempotencyKey: string) => db.outbox.delete(idempotencyKey);
