import { type NotificationChannel, prisma } from "@vax/db";
import { CODE_LIFETIME_MS } from "../citizen/one-time-code-rules";

/** Puts outbox rows on the job queue, one job per row carrying its id; a row already queued is not queued twice. */
export type TEnqueue = (ids: string[]) => Promise<void>;

/** Options for {@link queuePendingNotifications}. */
export type QueuePendingNotificationsOptions = {
  enqueue: TEnqueue;
  /** The channels that have a sender: a message of another channel stays in the outbox. */
  channels: NotificationChannel[];
  now?: Date;
  limit?: number;
};

/**
 * Hands the outbox's new messages to the job queue, oldest first, and marks them queued. It runs
 * over and over in the worker, so a message committed by any process is picked up within a
 * moment, and one whose process stopped before it could be handed over is not lost: the outbox row
 * is written in its cause's transaction, the job only afterwards. Marking comes after queueing, and
 * a job's id is its row's, so a stop between the two only queues the row again, which the queue
 * ignores. One-time codes too old to use by now are dropped instead of sent.
 */
export const queuePendingNotifications = async ({
  enqueue,
  channels,
  now = new Date(),
  limit = 500,
}: QueuePendingNotificationsOptions): Promise<number> => {
  await prisma.notification.updateMany({
    where: {
      status: { in: ["PENDING", "FAILED"] },
      secret: { not: null },
      createdAt: { lte: new Date(now.getTime() - CODE_LIFETIME_MS) },
    },
    data: { status: "FAILED", secret: null, lastError: "The code expired before it could be sent" },
  });
  if (channels.length === 0) return 0;
  const due = await prisma.notification.findMany({
    where: { status: "PENDING", queuedAt: null, channel: { in: channels } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  if (due.length === 0) return 0;
  const ids = due.map(({ id }) => id);
  await enqueue(ids);
  await prisma.notification.updateMany({ where: { id: { in: ids }, queuedAt: null }, data: { queuedAt: now } });
  return ids.length;
};
