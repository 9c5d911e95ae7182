import PgBoss from "pg-boss";
import { ensureQueue, type TQueueOptions } from "./ensure-queue";

/** A running worker of pg-boss queues. */
export type TQueueWorker = { stop: () => Promise<void> };

/** Options for {@link startQueueWorker}. */
export type StartQueueWorkerOptions = {
  /** How the worker names itself in the log, e.g. "bulk uploads". */
  label: string;
  databaseUrl: string;
  /** The connections of its pg-boss pool. */
  connections: number;
  /** The queues it works, created or brought to these options before any handler starts. */
  queues: TQueueOptions[];
  /** Registers the handlers (and schedules) once the queues exist. */
  work: (boss: PgBoss) => Promise<unknown>;
  /** Turns what the tables hold into jobs every `intervalMs`; a failed turn is logged and tried at the next. */
  dispatch?: { intervalMs: number; what: string; run: (boss: PgBoss) => Promise<unknown> };
  /** How long a stop waits for the jobs in hand. */
  stopTimeoutMs?: number;
};

/** An error's message, short enough for a log line or a row's reason. */
export const describeError = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 300);

/** Queues one job per row id on `name`, each job's id the row's, so a row already queued is not queued twice. */
export const queueRowJobs = (boss: PgBoss, name: string) => (ids: string[]) =>
  boss.insert(ids.map((id) => ({ id, name, data: { id } })));

/**
 * Starts a worker of pg-boss queues on the platform's own database: its queues made or updated,
 * its handlers registered, and, when it has one, a timer that turns new rows into jobs (never two
 * turns at once). Stopping ends the timer, waits for a turn in progress and lets the jobs in hand
 * finish.
 */
export const startQueueWorker = async ({
  label,
  databaseUrl,
  connections,
  queues,
  work,
  dispatch,
  stopTimeoutMs = 10_000,
}: StartQueueWorkerOptions): Promise<TQueueWorker> => {
  const boss = new PgBoss({ connectionString: databaseUrl, max: connections });
  boss.on("error", (error) => console.error(`[${label}] Queue error: ${describeError(error)}`));
  await boss.start();
  for (const queue of queues) await ensureQueue(boss, queue);
  await work(boss);
  let dispatching: Promise<unknown> | null = null;
  const timer = dispatch
    ? setInterval(() => {
        dispatching ??= dispatch
          .run(boss)
          .catch((error: unknown) =>
            console.error(`[${label}] Could not queue ${dispatch.what}: ${describeError(error)}`),
          )
          .finally(() => {
            dispatching = null;
          });
      }, dispatch.intervalMs)
    : undefined;
  return {
    stop: async () => {
      clearInterval(timer);
      await dispatching;
      await boss.stop({ graceful: true, wait: true, timeout: stopTimeoutMs });
    },
  };
};
