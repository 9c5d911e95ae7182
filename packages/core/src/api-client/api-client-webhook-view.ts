import type { ApiClientWebhook, WebhookDelivery } from "@vax/db";
import type { TApiClientWebhookView, TWebhookDeliveryView } from "../schemas/api-client-webhook";

/** A webhook as the admin portal shows it: never its secret. */
export const apiClientWebhookView = (row: Omit<ApiClientWebhook, "secret">): TApiClientWebhookView => ({
  url: row.url,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const statusOf = {
  PENDING: "pending",
  SENDING: "sending",
  DELIVERED: "delivered",
  FAILED: "failed",
} as const satisfies Record<WebhookDelivery["status"], TWebhookDeliveryView["status"]>;

/** One callback to a webhook as the admin portal shows it. */
export const webhookDeliveryView = (row: WebhookDelivery): TWebhookDeliveryView => ({
  id: row.id,
  transactionId: row.transactionId,
  url: row.url,
  status: statusOf[row.status],
  attempts: row.attempts,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});
