import { requireDatabaseUrl } from "@vax/config/env";
import { startQueueWorker, type TQueueWorker } from "../shared/queue-worker";
import { refreshEveryTenantAnalytics } from "./refresh-every-tenant";

/** The pg-boss queue whose jobs each refresh every tenant's analytics summaries. */
export const ANALYTICS_QUEUE = "analytics-refresh";

/** How often the analytics summaries are brought up to date: every five minutes (cron), and once at start. */
export const ANALYTICS_REFRESH_CRON = "*/5 * * * *";

/** Options for {@link startAnalyticsWorker}. */
export type StartAnalyticsWorkerOptions = { databaseUrl?: string };

/** A running analytics worker. */
export type TAnalyticsWorker = TQueueWorker;

// A recount of a tenant with millions of doses takes seconds; one still running after this is presumed dead.
const JOB_EXPIRY_SECONDS = 15 * 60;

/**
 * Keeps the analytics dashboard's summary tables fresh from a pg-boss schedule on the platform's
 * own database: every five minutes one job (a `stately` queue holds at most one waiting and one running,
 * however many workers run) recounts each tenant whose doses, certificates or feedback changed.
 */
export const startAnalyticsWorker = async ({
  databaseUrl = requireDatabaseUrl(),
}: StartAnalyticsWorkerOptions = {}): Promise<TAnalyticsWorker> =>
  startQueueWorker({
    label: "analytics",
    databaseUrl,
    connections: 2,
    queues: [{ name: ANALYTICS_QUEUE, policy: "stately", retryLimit: 2, expireInSeconds: JOB_EXPIRY_SECONDS }],
    work: async (boss) => {
      await boss.work(ANALYTICS_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
        for (const { tenantId, outcome, ms } of await refreshEveryTenantAnalytics()) {
          if (outcome === "refreshed") console.info(`[analytics] Recounted tenant ${tenantId} in ${ms} ms`);
        }
      });
      await boss.schedule(ANALYTICS_QUEUE, ANALYTICS_REFRESH_CRON);
      await boss.send(ANALYTICS_QUEUE, {});
    },
    stopTimeoutMs: 30_000,
  });
