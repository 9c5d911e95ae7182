import { prisma } from "@vax/db";
import { CODE_LIFETIME_MS } from "../citizen/one-time-code-rules";
import { deliverSms, MAX_SEND_ATTEMPTS, type TSmsOutcome } from "./deliver-sms";
import type { TSmsDelivery } from "./sms-delivery";

/** Options for {@link deliverPendingSms}. */
export type DeliverPendingSmsOptions = { delivery: TSmsDelivery; now?: Date; limit?: number };

// A message sent right after its transaction gets this long before a sweep counts it as missed.
const SENT_AFTER_COMMIT_WITHIN_MS = 20_000;

/**
 * Sends what the outbox still holds: messages that were never sent (the process stopped before it
 * could) and failed ones with tries left, oldest first. A code that could no longer be used by the
 * time it would arrive is not sent: its secret is dropped and the row left FAILED.
 */
export const deliverPendingSms = async ({
  delivery,
  now = new Date(),
  limit = 50,
}: DeliverPendingSmsOptions): Promise<Record<TSmsOutcome, number>> => {
  const counts: Record<TSmsOutcome, number> = { sent: 0, failed: 0, skipped: 0 };
  if (!delivery.sender) return counts;
  await prisma.notification.updateMany({
    where: {
      channel: "SMS",
      status: { in: ["PENDING", "FAILED"] },
      secret: { not: null },
      createdAt: { lte: new Date(now.getTime() - CODE_LIFETIME_MS) },
    },
    data: {
      status: "FAILED",
      secret: null,
      attempts: MAX_SEND_ATTEMPTS,
      lastError: "The code expired before it could be sent",
    },
  });
  const due = await prisma.notification.findMany({
    where: {
      channel: "SMS",
      OR: [
        { status: "PENDING", createdAt: { lte: new Date(now.getTime() - SENT_AFTER_COMMIT_WITHIN_MS) } },
        { status: "FAILED", attempts: { lt: MAX_SEND_ATTEMPTS } },
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  for (const { id } of due) counts[await deliverSms({ id, delivery, now })]++;
  return counts;
};
