import { prisma } from "@vax/db";
import { fillMessage, revealSecret, SECRET_PLACEHOLDER } from "./outbox-secret";
import type { TSmsDelivery } from "./sms-delivery";

/** Tries per message before it is left FAILED for good (and its secret dropped). */
export const MAX_SEND_ATTEMPTS = 3;

/** Options for {@link deliverSms}: the outbox row and the delivery to use. */
export type DeliverSmsOptions = { id: string; delivery: TSmsDelivery; now?: Date };

/** How a delivery went: sent, failed (to be retried while tries remain), or left to someone else. */
export type TSmsOutcome = "sent" | "failed" | "skipped";

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 300);

/**
 * Sends one SMS from the outbox through the delivery's sender: the row is claimed by a conditional
 * update on its attempt count, so two processes never both send one try; the text is filled in
 * with the opened secret only in memory. Once sent the row is SENT and its secret is gone; a
 * failure leaves it FAILED with the reason and the attempt counted (never the text), and after the
 * last try the secret is dropped too.
 */
export const deliverSms = async ({ id, delivery, now = new Date() }: DeliverSmsOptions): Promise<TSmsOutcome> => {
  const { sender } = delivery;
  if (!sender) return "skipped";
  const row = await prisma.notification.findUnique({ where: { id }, omit: { secret: false } });
  if (row?.channel !== "SMS" || row.status === "SENT" || row.attempts >= MAX_SEND_ATTEMPTS) return "skipped";
  // A message whose secret was dropped would go out with a blank where the code was.
  if (row.secret === null && row.body.includes(SECRET_PLACEHOLDER)) return "skipped";
  const claimed = await prisma.notification.updateMany({
    where: { id, status: row.status, attempts: row.attempts },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) return "skipped";
  try {
    const text = fillMessage(row.body, row.secret === null ? null : revealSecret(row.secret, delivery));
    await sender.send({ to: row.to, body: text });
  } catch (error) {
    const lastTry = row.attempts + 1 >= MAX_SEND_ATTEMPTS;
    await prisma.notification.update({
      where: { id },
      data: { status: "FAILED", lastError: describe(error), ...(lastTry ? { secret: null } : {}) },
    });
    console.warn(
      `[sms] Could not send message ${id} (try ${row.attempts + 1} of ${MAX_SEND_ATTEMPTS}): ${describe(error)}`,
    );
    return "failed";
  }
  await prisma.notification.update({
    where: { id },
    data: { status: "SENT", sentAt: now, secret: null, lastError: null },
  });
  return "sent";
};
