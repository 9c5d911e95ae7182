import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findApiClient } from "./get-api-client";

/** Options for {@link removeApiClientWebhook}. */
export type RemoveApiClientWebhookOptions = { actor: TActor; id: string };

/**
 * Stops posting an API client's finished transactions anywhere; callbacks not yet delivered end
 * as failed. Removing a webhook the client does not have changes nothing (`removed: false`). NOT_FOUND outside the
 * actor's tenant.
 */
export const removeApiClientWebhook = ({ actor, id }: RemoveApiClientWebhookOptions): Promise<{ removed: boolean }> =>
  prisma.$transaction(async (tx) => {
    const client = await findApiClient(tx, actor, id, "change");
    const removed = await tx.apiClientWebhook.deleteMany({ where: { apiClientId: client.id } });
    if (removed.count === 0) return { removed: false };
    await recordAudit(tx, actor, {
      action: "api-client.webhook-removed",
      entityType: "ApiClient",
      entityId: client.id,
    });
    return { removed: true };
  });
