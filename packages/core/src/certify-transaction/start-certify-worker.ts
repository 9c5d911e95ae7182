import { availableParallelism } from "node:os";
import { requireDatabaseUrl } from "@vax/config/env";
import { setSigningThreads } from "@vax/credentials/signing-pool";
import type PgBoss from "pg-boss";
import { queueRowJobs, startQueueWorker, type TQueueWorker } from "../shared/queue-worker";
import { DELIVERY_TIMEOUT_MS, deliverWebhook, MAX_WEBHOOK_ATTEMPTS } from "./deliver-webhook";
import { queuePendingWork } from "./queue-pending-work";
import { MAX_CERTIFY_ATTEMPTS, runCertifyTransaction } from "./run-certify-transaction";

/** The pg-boss queue whose jobs each carry one certify transaction's id. */
export const CERTIFY_QUEUE = "certify-transaction";
/** The pg-boss queue whose jobs each carry one webhook delivery's id. */
export const WEBHOOK_QUEUE = "webhook-delivery";

/** Options for {@link startCertifyWorker}; every one has the deployment's default. */
export type StartCertifyWorkerOptions = {
  databaseUrl?: string;
  /** Transactions certified side by side by this worker; signing runs on the worker-thread pool either way. */
  concurrency?: number;
  /** Threads that sign; by default every core, as this process's own thread answers no one. */
  signingThreads?: number;
  maxCertifyAttempts?: number;
  maxWebhookAttempts?: number;
  /** The queue retries a failed job after 2^n times this. */
  retryDelaySeconds?: number;
  /** How often the tables are looked at for new transactions and callbacks, and the queues for due jobs. */
  pollIntervalMs?: number;
  webhookTimeoutMs?: number;
};

/** A running certify worker. */
export type TCertifyWorker = TQueueWorker;

// A job whose worker died mid-try is tried again after this; well above a batch's certifying time.
const JOB_EXPIRY_SECONDS = 600;
// Callbacks sent at once per worker, so one slow receiver does not hold up the rest.
const WEBHOOK_BATCH_SIZE = 10;

const queueOptions = (name: string, maxAttempts: number, retryDelaySeconds: number, expireInSeconds: number) => ({
  name,
  retryLimit: maxAttempts - 1,
  retryDelay: retryDelaySeconds,
  retryBackoff: true,
  expireInSeconds,
});

/**
 * Starts certifying asynchronous certify transactions and posting their callbacks through two
 * pg-boss queues on the platform's own database: the tables are looked at every `pollIntervalMs`
 * for new rows, each becomes a job carrying its row id, and a failed try goes back to the queue
 * with an exponentially growing delay. Any number of workers may run: a row has one job, a job
 * one worker at a time, and each try is claimed on its row.
 */
export const startCertifyWorker = async ({
  databaseUrl = requireDatabaseUrl(),
  concurrency = 2,
  signingThreads = availableParallelism(),
  maxCertifyAttempts = MAX_CERTIFY_ATTEMPTS,
  maxWebhookAttempts = MAX_WEBHOOK_ATTEMPTS,
  retryDelaySeconds = 15,
  pollIntervalMs = 500,
  webhookTimeoutMs = DELIVERY_TIMEOUT_MS,
}: StartCertifyWorkerOptions = {}): Promise<TCertifyWorker> => {
  setSigningThreads(signingThreads);
  const pollingIntervalSeconds = Math.max(pollIntervalMs / 1000, 0.5);
  const certifiers: string[] = [];
  const work = async (boss: PgBoss) => {
    for (let worker = 0; worker < concurrency; worker++) {
      const certifier = await boss.work<{ id: string }>(
        CERTIFY_QUEUE,
        { batchSize: 1, pollingIntervalSeconds },
        async ([job]) => {
          if (!job) return;
          const outcome = await runCertifyTransaction({ id: job.data.id, maxAttempts: maxCertifyAttempts });
          // A failed try goes back to the queue with its backoff; every other outcome completes the job.
          if (outcome === "retry") await boss.fail(CERTIFY_QUEUE, job.id);
        },
      );
      certifiers.push(certifier);
    }
    await boss.work<{ id: string }>(
      WEBHOOK_QUEUE,
      { batchSize: WEBHOOK_BATCH_SIZE, pollingIntervalSeconds },
      async (jobs) => {
        const outcomes = await Promise.all(
          jobs.map(async (job) => ({
            job,
            outcome: await deliverWebhook({
              id: job.data.id,
              maxAttempts: maxWebhookAttempts,
              timeoutMs: webhookTimeoutMs,
            }),
          })),
        );
        const retry = outcomes.filter(({ outcome }) => outcome === "retry").map(({ job }) => job.id);
        if (retry.length) await boss.fail(WEBHOOK_QUEUE, retry);
      },
    );
  };
  return startQueueWorker({
    label: "certify",
    databaseUrl,
    connections: concurrency + 2,
    queues: [
      queueOptions(CERTIFY_QUEUE, maxCertifyAttempts, retryDelaySeconds, JOB_EXPIRY_SECONDS),
      queueOptions(WEBHOOK_QUEUE, maxWebhookAttempts, retryDelaySeconds, 120),
    ],
    work,
    dispatch: {
      intervalMs: pollIntervalMs,
      what: "new work",
      run: (boss) =>
        queuePendingWork({
          // An idle certifier looks at the queue again at once rather than at its next poll: up to half a second sooner.
          enqueueTransactions: async (ids) => {
            await queueRowJobs(boss, CERTIFY_QUEUE)(ids);
            for (const certifier of certifiers) boss.notifyWorker(certifier);
          },
          enqueueDeliveries: queueRowJobs(boss, WEBHOOK_QUEUE),
        }),
    },
  });
};
