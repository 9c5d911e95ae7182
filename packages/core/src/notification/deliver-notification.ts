import { type Notification, prisma } from "@vax/db";
import { CODE_LIFETIME_MS } from "../citizen/one-time-code-rules";
import { certificatePdfAttachment } from "./certificate-pdf-attachment";
import type { TNotificationDelivery } from "./notification-delivery";
import { fillMessage, revealSecret, SECRET_PLACEHOLDER } from "./outbox-secret";

/** Tries per message before it is left FAILED for good (and a one-time code in it dropped). */
export const MAX_SEND_ATTEMPTS = 6;

/** Options for {@link deliverNotification}: the outbox row, the delivery, and how many tries a message gets. */
export type DeliverNotificationOptions = {
  id: string;
  delivery: TNotificationDelivery;
  maxAttempts?: number;
  now?: Date;
};

/**
 * How a try went: sent; failed with tries left (the queue tries again later); failed for good;
 * or skipped (already sent, given up, taken by another worker, or no sender for its channel).
 */
export type TDeliveryOutcome = "sent" | "retry" | "failed" | "skipped";

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 300);

const hasSender = (row: Notification, delivery: TNotificationDelivery): boolean =>
  row.channel === "EMAIL" ? delivery.email !== null : delivery.sender !== null;

const send = async (row: Notification, delivery: TNotificationDelivery): Promise<void> => {
  const text = fillMessage(row.body, row.secret === null ? null : revealSecret(row.secret, delivery));
  if (row.channel === "SMS") {
    await delivery.sender?.send({ to: row.to, body: text });
    return;
  }
  const attachments =
    row.attachCertificatePdf && row.certificateId ? [await certificatePdfAttachment(row.certificateId)] : [];
  await delivery.email?.send({ to: row.to, subject: row.subject, text, attachments });
};

/**
 * Sends one message from the outbox through its channel's sender. The try is claimed by a
 * conditional update on the row's status and attempt count (the row is SENDING meanwhile), so two
 * workers never both make one try; the text gets its one-time code back only in memory, and an e-mail about a certificate gets
 * its PDF rendered now. Once sent the row is SENT and its code is gone; a failure leaves it FAILED
 * with the reason (never the text) and the try counted, and after the last try the code is dropped
 * too. A code that could no longer be used by the time it would arrive is not sent.
 */
export const deliverNotification = async ({
  id,
  delivery,
  maxAttempts = MAX_SEND_ATTEMPTS,
  now = new Date(),
}: DeliverNotificationOptions): Promise<TDeliveryOutcome> => {
  const row = await prisma.notification.findUnique({ where: { id }, omit: { secret: false } });
  if (!row || row.status === "SENT" || row.attempts >= maxAttempts || !hasSender(row, delivery)) return "skipped";
  // A message whose code was dropped would go out with a blank where the code was.
  if (row.secret === null && row.body.includes(SECRET_PLACEHOLDER)) return "skipped";
  if (row.secret !== null && row.createdAt.getTime() <= now.getTime() - CODE_LIFETIME_MS) {
    await prisma.notification.updateMany({
      where: { id, status: row.status, attempts: row.attempts },
      data: { status: "FAILED", secret: null, lastError: "The code expired before it could be sent" },
    });
    return "failed";
  }
  // A SENDING row is taken again only when its worker stopped mid-try and the queue handed its job on.
  const claimed = await prisma.notification.updateMany({
    where: { id, status: row.status, attempts: row.attempts },
    data: { status: "SENDING", attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) return "skipped";
  const attempt = row.attempts + 1;
  try {
    await send(row, delivery);
  } catch (error) {
    const lastTry = attempt >= maxAttempts;
    await prisma.notification.update({
      where: { id },
      data: { status: "FAILED", lastError: describe(error), ...(lastTry ? { secret: null } : {}) },
    });
    console.warn(
      `[notifications] Could not send ${row.channel} message ${id} (try ${attempt} of ${maxAttempts}): ${describe(error)}`,
    );
    return lastTry ? "failed" : "retry";
  }
  await prisma.notification.update({
    where: { id },
    data: { status: "SENT", sentAt: new Date(), secret: null, lastError: null },
  });
  return "sent";
};
