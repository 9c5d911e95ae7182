import { randomBytes } from "node:crypto";
import { requireKeyEncryptionKey } from "@vax/config/env";
import { sealSecret } from "@vax/credentials/keys";
import { prisma } from "@vax/db";
import { WEBHOOK_SECRET_PURPOSE } from "../certify-transaction/webhook-secret";
import { assertWebhookUrl } from "../certify-transaction/webhook-url";
import type { TApiClientWebhookInput, TApiClientWebhookSet } from "../schemas/api-client-webhook";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { apiClientWebhookView } from "./api-client-webhook-view";
import { findApiClient } from "./get-api-client";

/** Options for {@link setApiClientWebhook}. */
export type SetApiClientWebhookOptions = { actor: TActor; id: string; input: TApiClientWebhookInput };

/**
 * Sets where an API client's finished asynchronous certify transactions are posted, with a new
 * signing secret each time, returned this once and kept sealed with the key encryption key. In
 * production the URL must be https. NOT_FOUND outside the actor's tenant.
 */
export const setApiClientWebhook = async ({
  actor,
  id,
  input,
}: SetApiClientWebhookOptions): Promise<TApiClientWebhookSet> => {
  const url = assertWebhookUrl(input.url).toString();
  const secret = randomBytes(32).toString("hex");
  const sealed = sealSecret(secret, requireKeyEncryptionKey(), WEBHOOK_SECRET_PURPOSE);
  return prisma.$transaction(async (tx) => {
    const client = await findApiClient(tx, actor, id, "change");
    const before = await tx.apiClientWebhook.findUnique({ where: { apiClientId: client.id } });
    const webhook = await tx.apiClientWebhook.upsert({
      where: { apiClientId: client.id },
      create: { apiClientId: client.id, url, secret: sealed },
      update: { url, secret: sealed },
    });
    await recordAudit(tx, actor, {
      action: "api-client.webhook-set",
      entityType: "ApiClient",
      entityId: client.id,
      before: before ? { url: before.url } : undefined,
      after: { url },
    });
    return { webhook: apiClientWebhookView(webhook), secret };
  });
};
