import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { apiClientView, type TApiClientView } from "./api-client-view";
import { findApiClient } from "./get-api-client";

/** Options for {@link setApiClientActive}. */
export type SetApiClientActiveOptions = { actor: TActor; id: string; active: boolean };

/** Deactivates an API client, which revokes its token at once, or reactivates it. */
export const setApiClientActive = ({ actor, id, active }: SetApiClientActiveOptions): Promise<TApiClientView> =>
  prisma.$transaction(async (tx) => {
    await findApiClient(tx, actor, id, "change");
    const client = await tx.apiClient.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, {
      action: active ? "api-client.reactivated" : "api-client.deactivated",
      entityType: "ApiClient",
      entityId: id,
    });
    return apiClientView(client);
  });
