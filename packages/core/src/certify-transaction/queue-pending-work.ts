import { prisma } from "@vax/db";

/** Puts rows on a job queue, one job per row whose id is the row's; a row queued before is not queued twice. */
export type TEnqueueRows = (ids: string[]) => Promise<void>;

/** Options for {@link queuePendingWork}. */
export type QueuePendingWorkOptions = {
  enqueueTransactions: TEnqueueRows;
  enqueueDeliveries: TEnqueueRows;
  now?: Date;
  limit?: number;
};

/**
 * Hands new certify transactions and webhook callbacks to their job queues, oldest first, and
 * marks them queued. It runs over and over in the worker, so a row committed by any app process is
 * picked up within a moment without the apps knowing the queue, and one whose worker stopped before
 * handing it over is not lost: marking comes after queueing, and a job's id is its row's, so a stop
 * between the two only queues the row again, which the queue ignores.
 */
export const queuePendingWork = async ({
  enqueueTransactions,
  enqueueDeliveries,
  now = new Date(),
  limit = 200,
}: QueuePendingWorkOptions): Promise<number> => {
  const [transactions, deliveries] = await Promise.all([
    prisma.certifyTransaction.findMany({
      where: { status: "QUEUED", queuedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true },
    }),
    prisma.webhookDelivery.findMany({
      where: { status: "PENDING", queuedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true },
    }),
  ]);
  const transactionIds = transactions.map(({ id }) => id);
  const deliveryIds = deliveries.map(({ id }) => id);
  if (transactionIds.length) {
    await enqueueTransactions(transactionIds);
    await prisma.certifyTransaction.updateMany({
      where: { id: { in: transactionIds }, queuedAt: null },
      data: { queuedAt: now },
    });
  }
  if (deliveryIds.length) {
    await enqueueDeliveries(deliveryIds);
    await prisma.webhookDelivery.updateMany({
      where: { id: { in: deliveryIds }, queuedAt: null },
      data: { queuedAt: now },
    });
  }
  return transactionIds.length + deliveryIds.length;
};
