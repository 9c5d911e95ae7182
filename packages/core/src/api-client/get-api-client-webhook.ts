import { prisma } from "@vax/db";
import type { TApiClientWebhookAnswer } from "../schemas/api-client-webhook";
import type { TActor } from "../shared/actor";
import { apiClientWebhookView, webhookDeliveryView } from "./api-client-webhook-view";
import { findApiClient } from "./get-api-client";

/** Options for {@link getApiClientWebhook}. */
export type GetApiClientWebhookOptions = { actor: TActor; id: string; limit?: number };

/**
 * An API client's webhook (never its secret) and its latest callbacks, newest first, each
 * delivered, failed or pending with its tries, last status code or reason, and time.
 * NOT_FOUND outside the actor's tenant.
 */
export const getApiClientWebhook = async ({
  actor,
  id,
  limit = 50,
}: GetApiClientWebhookOptions): Promise<TApiClientWebhookAnswer> => {
  const client = await findApiClient(prisma, actor, id);
  const [webhook, deliveries] = await Promise.all([
    prisma.apiClientWebhook.findUnique({ where: { apiClientId: client.id } }),
    prisma.webhookDelivery.findMany({
      where: { apiClientId: client.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
    }),
  ]);
  return { webhook: webhook ? apiClientWebhookView(webhook) : null, deliveries: deliveries.map(webhookDeliveryView) };
};
