import { prisma } from "@vax/db";
import { applyStatusChangeRequests, type TStatusChangeOutcome } from "./apply-status-changes";
import type { TCertificateStatusView } from "./certificate-status-view";
import { decideAskedChanges, type TStatusChangeAsk } from "./decide-asked-changes";

/**
 * The options of a status change's transaction: many changes at once wait their turn for a
 * connection (Prisma's default gives up after 2 s), and a batch of them takes longer than one.
 */
export const STATUS_CHANGE_TRANSACTION = { maxWait: 30_000, timeout: 15_000 } as const;

// Enough to carry a recall's burst in a few commits, few enough that one batch stays a short transaction.
const MAX_BATCH = 100;

type TWaiting = {
  ask: TStatusChangeAsk;
  resolve: (view: TCertificateStatusView) => void;
  reject: (error: unknown) => void;
};

const waiting: TWaiting[] = [];
let draining = false;

// Reads and decides the asks, and applies those the rules allow, in one transaction.
const decideAndApply = async (asks: TStatusChangeAsk[]): Promise<TStatusChangeOutcome[]> =>
  prisma.$transaction(async (tx) => {
    const decisions = await decideAskedChanges(tx, asks);
    const allowed = decisions.flatMap((decision) => ("change" in decision ? [decision] : []));
    const applied = await applyStatusChangeRequests(tx, allowed);
    return decisions.map((decision) =>
      "change" in decision ? (applied[allowed.indexOf(decision)] as TStatusChangeOutcome) : { refused: decision },
    );
  }, STATUS_CHANGE_TRANSACTION);

const commitBatch = async (batch: TWaiting[]) => {
  const outcomes = await decideAndApply(batch.map(({ ask }) => ask));
  batch.forEach(({ resolve, reject }, at) => {
    const outcome = outcomes[at];
    if (!outcome) reject(new Error("A status change of the batch has no outcome"));
    else if ("refused" in outcome) reject(outcome.refused);
    else resolve(outcome.view);
  });
};

const drain = async () => {
  draining = true;
  try {
    while (waiting.length) {
      const batch = waiting.splice(0, MAX_BATCH);
      try {
        await commitBatch(batch);
      } catch (error) {
        if (batch.length === 1) {
          batch[0]?.reject(error);
          continue;
        }
        // One change that cannot be written (a slot outside its list) must not fail the others: each alone.
        for (const one of batch) await commitBatch([one]).catch(one.reject);
      }
    }
  } finally {
    draining = false;
  }
};

/**
 * Changes a certificate's status as asked and answers the certificate as it now is, or rejects with
 * why not: NOT_FOUND when it is not the caller's, CONFLICT naming the reason when the rules refuse
 * the change or another change got to it first. Changes asked for while a commit is under way wait
 * and then are read, decided and committed together, one transaction for many (group commit):
 * every change still commits with its own audit event, notice and bits, but a burst of revocations
 * shares one read, one write of each status list and one commit instead of queueing on the list's
 * row lock one by one. An idle process commits a change at once, so batching adds no delay of its own.
 */
export const commitStatusChange = (ask: TStatusChangeAsk): Promise<TCertificateStatusView> =>
  new Promise((resolve, reject) => {
    waiting.push({ ask, resolve, reject });
    if (!draining) void drain();
  });
