import { requireKeyEncryptionKey } from "@vax/config/env";
import { openSecret } from "@vax/credentials/keys";
import { prisma } from "@vax/db";
import { postSignedJson } from "../notification/post-signed-json";
import { publicAddressLookup } from "../notification/public-address-lookup";
import type { TCertifyTransactionCallback } from "../schemas/certify-transaction";
import { transactionAnswer } from "./transaction-answer";
import { WEBHOOK_SECRET_PURPOSE } from "./webhook-secret";
import { assertWebhookUrl, realDeployment } from "./webhook-url";

/** How long a receiver has to answer a callback. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** Tries per callback before it is left FAILED for good. */
export const MAX_WEBHOOK_ATTEMPTS = 6;

/** Options for {@link deliverWebhook}. */
export type DeliverWebhookOptions = { id: string; maxAttempts?: number; timeoutMs?: number; now?: Date };

/** How a try went: delivered; failed with tries left; failed for good; or skipped (done before, or taken). */
export type TWebhookOutcome = "delivered" | "retry" | "failed" | "skipped";

const describe = (error: unknown): string => {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 300);
};

// What the receiver said, as a hint to the admin: printable characters only, and short.
const answerHint = (answer: string) =>
  answer
    .replace(/[^\x20-\x7e]+/g, " ")
    .trim()
    .slice(0, 200);

const callbackBody = async (transactionId: string): Promise<string> => {
  const transaction = await prisma.certifyTransaction.findUniqueOrThrow({
    where: { id: transactionId },
    select: { tenantId: true, status: true, requests: true, certificateIds: true, errors: true },
  });
  const callback: TCertifyTransactionCallback = { transactionId, ...(await transactionAnswer(transaction)) };
  return JSON.stringify(callback);
};

/**
 * Posts one finished transaction's answer, with its id, to its API client's webhook, signed with
 * the webhook's secret (HMAC-SHA256 of the raw body in X-Vax-Signature). The try is claimed by a
 * conditional update on the delivery's status and attempt count; any answer but 2xx, a network
 * error or the timeout is a failure kept with its status code or reason, and the queue tries again
 * after a growing delay until the last try. A webhook removed meanwhile ends the delivery.
 */
export const deliverWebhook = async ({
  id,
  maxAttempts = MAX_WEBHOOK_ATTEMPTS,
  timeoutMs = DELIVERY_TIMEOUT_MS,
  now = new Date(),
}: DeliverWebhookOptions): Promise<TWebhookOutcome> => {
  const delivery = await prisma.webhookDelivery.findUnique({ where: { id } });
  if (!delivery || delivery.status === "DELIVERED" || delivery.attempts >= maxAttempts) return "skipped";
  const claimed = await prisma.webhookDelivery.updateMany({
    where: { id, status: delivery.status, attempts: delivery.attempts },
    data: { status: "SENDING", attempts: { increment: 1 }, lastAttemptAt: now },
  });
  if (claimed.count !== 1) return "skipped";
  const attempt = delivery.attempts + 1;
  const webhook = await prisma.apiClientWebhook.findUnique({
    where: { apiClientId: delivery.apiClientId },
    omit: { secret: false },
  });
  if (!webhook) {
    await prisma.webhookDelivery.update({
      where: { id },
      data: { status: "FAILED", lastError: "The API client's webhook was removed", attempts: maxAttempts },
    });
    return "failed";
  }
  let failure: { lastStatusCode: number | null; lastError: string };
  try {
    assertWebhookUrl(webhook.url);
    const answer = await postSignedJson({
      url: webhook.url,
      // A tenant's admin chooses this URL: in a real deployment it may not reach the platform's own network.
      lookup: realDeployment() ? publicAddressLookup : undefined,
      secret: openSecret(webhook.secret, requireKeyEncryptionKey(), WEBHOOK_SECRET_PURPOSE),
      body: await callbackBody(delivery.transactionId),
      timeoutMs,
    });
    if (answer.ok) {
      await prisma.webhookDelivery.update({
        where: { id },
        data: {
          status: "DELIVERED",
          url: webhook.url,
          lastStatusCode: answer.status,
          lastError: null,
          deliveredAt: new Date(),
        },
      });
      return "delivered";
    }
    const hint = answerHint(answer.answer);
    failure = { lastStatusCode: answer.status, lastError: `Answered ${answer.status}${hint ? `: ${hint}` : ""}` };
  } catch (error) {
    failure = { lastStatusCode: null, lastError: describe(error) };
  }
  await prisma.webhookDelivery.update({ where: { id }, data: { status: "FAILED", url: webhook.url, ...failure } });
  return attempt < maxAttempts ? "retry" : "failed";
};
