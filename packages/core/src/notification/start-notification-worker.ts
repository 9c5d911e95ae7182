import { requireDatabaseUrl } from "@vax/config/env";
import type { NotificationChannel } from "@vax/db";
import { queueRowJobs, startQueueWorker, type TQueueWorker } from "../shared/queue-worker";
import { deliverNotification, MAX_SEND_ATTEMPTS } from "./deliver-notification";
import { notificationDelivery, type TNotificationDelivery } from "./notification-delivery";
import { queuePendingNotifications } from "./queue-pending-notifications";

/** The pg-boss queue whose jobs each carry one outbox row's id. */
export const NOTIFICATION_QUEUE = "notification";

/** Options for {@link startNotificationWorker}; every one has the deployment's default. */
export type StartNotificationWorkerOptions = {
  databaseUrl?: string;
  delivery?: TNotificationDelivery;
  /** Tries per message; the queue retries a failed one after 2^n times `retryDelaySeconds`. */
  maxAttempts?: number;
  retryDelaySeconds?: number;
  /** How often the outbox is looked at for new messages, and the queue for due jobs. */
  pollIntervalMs?: number;
};

/** A running notification worker. */
export type TNotificationWorker = TQueueWorker;

// Jobs fetched at once per worker: sent side by side, so one slow server does not hold up the rest.
const BATCH_SIZE = 10;
// A job whose worker died mid-send is tried again after this; well above the senders' own timeouts.
const JOB_EXPIRY_SECONDS = 300;

const channelsOf = (delivery: TNotificationDelivery): NotificationChannel[] => [
  ...(delivery.email ? (["EMAIL"] as const) : []),
  ...(delivery.sender ? (["SMS"] as const) : []),
];

// Said once at start: which senders run, and what a missing one means outside a demo.
const announce = (delivery: TNotificationDelivery) => {
  for (const sender of [delivery.email, delivery.sender]) {
    if (sender) console.info(`[notifications] Sending through the ${sender.name}`);
  }
  if (delivery.demo) {
    if (!delivery.email || !delivery.sender)
      console.info("[notifications] Demo: messages without a sender stay in the notification outbox and the log");
    return;
  }
  if (!delivery.email)
    console.warn(
      "[notifications] No e-mail sender is configured (VAX_SMTP_URL, VAX_MAIL_FROM): e-mail waits in the notification outbox until one is set",
    );
  if (!delivery.sender)
    console.warn(
      "[notifications] No SMS sender is configured (VAX_SMS_WEBHOOK_URL): SMS messages and one-time codes wait, sealed, in the notification outbox, and no citizen can sign in until one is set",
    );
};

/**
 * Starts delivering the notification outbox through a pg-boss queue on the platform's own
 * database: the outbox is looked at every `pollIntervalMs` for new messages, each becomes a job
 * carrying its row id, and the jobs are sent with retries after an exponentially growing delay;
 * after the last try the row is left FAILED with the reason. Any number of workers may run: a row
 * has one job, and a job one worker at a time.
 */
export const startNotificationWorker = async ({
  databaseUrl = requireDatabaseUrl(),
  delivery = notificationDelivery(),
  maxAttempts = MAX_SEND_ATTEMPTS,
  retryDelaySeconds = 15,
  pollIntervalMs = 1_000,
}: StartNotificationWorkerOptions = {}): Promise<TNotificationWorker> => {
  announce(delivery);
  const channels = channelsOf(delivery);
  return startQueueWorker({
    label: "notifications",
    databaseUrl,
    connections: 3,
    queues: [
      {
        name: NOTIFICATION_QUEUE,
        retryLimit: maxAttempts - 1,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: JOB_EXPIRY_SECONDS,
      },
    ],
    work: (boss) =>
      boss.work<{ id: string }>(
        NOTIFICATION_QUEUE,
        { batchSize: BATCH_SIZE, pollingIntervalSeconds: Math.max(pollIntervalMs / 1000, 0.5) },
        async (jobs) => {
          const outcomes = await Promise.all(
            jobs.map(async (job) => ({
              job,
              outcome: await deliverNotification({ id: job.data.id, delivery, maxAttempts }),
            })),
          );
          const retry = outcomes.filter(({ outcome }) => outcome === "retry").map(({ job }) => job.id);
          // Failed jobs go back to the queue with their backoff (the reason is on the outbox row); the rest complete.
          if (retry.length) await boss.fail(NOTIFICATION_QUEUE, retry);
        },
      ),
    dispatch: {
      intervalMs: pollIntervalMs,
      what: "the outbox",
      run: (boss) => queuePendingNotifications({ enqueue: queueRowJobs(boss, NOTIFICATION_QUEUE), channels }),
    },
  });
};
