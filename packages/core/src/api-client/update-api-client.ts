import { prisma } from "@vax/db";
import type { TApiClient } from "../schemas/api-client";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { apiClientView, DUPLICATE_API_CLIENT_NAME, type TApiClientView } from "./api-client-view";
import { findApiClient } from "./get-api-client";

/** Options for {@link updateApiClient}. */
export type UpdateApiClientOptions = { actor: TActor; id: string; input: TApiClient };

/** Renames an API client or changes its scopes; its token stays the same. NOT_FOUND outside the actor's tenant. */
export const updateApiClient = ({ actor, id, input }: UpdateApiClientOptions): Promise<TApiClientView> =>
  prisma
    .$transaction(async (tx) => {
      const before = await findApiClient(tx, actor, id, "change");
      const client = apiClientView(
        await tx.apiClient.update({ where: { id: before.id }, data: { name: input.name, scopes: input.scopes } }),
      );
      await recordAudit(tx, actor, {
        action: "api-client.updated",
        entityType: "ApiClient",
        entityId: id,
        before: apiClientView(before),
        after: client,
      });
      return client;
    })
    .catch(conflictOnDuplicate(DUPLICATE_API_CLIENT_NAME));
