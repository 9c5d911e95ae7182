import { createApiToken, prisma } from "@vax/db";
import type { TApiClientCreate } from "../schemas/api-client";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { apiClientView, DUPLICATE_API_CLIENT_NAME, type TApiClientView } from "./api-client-view";
import { tokenExpiry } from "./token-expiry";

/** Options for {@link createApiClient}. */
export type CreateApiClientOptions = { actor: TActor; input: TApiClientCreate; now?: Date };

/** An API client and its whole bearer token, which is shown this once and never stored. */
export type TCreatedApiClient = { client: TApiClientView; token: string };

/**
 * Creates an API client in the actor's tenant, its token expiring when the admin said (or never);
 * only the token's prefix and a hash of its secret are kept.
 */
export const createApiClient = async ({
  actor,
  input,
  now = new Date(),
}: CreateApiClientOptions): Promise<TCreatedApiClient> => {
  const tenantId = tenantOf(actor);
  const expiresAt = tokenExpiry(input, now);
  const { token, tokenPrefix, secretHash } = createApiToken();
  return prisma
    .$transaction(async (tx) => {
      const stored = await tx.apiClient.create({
        data: {
          tenantId,
          name: input.name,
          scopes: input.scopes,
          tokenPrefix,
          secretHash,
          expiresAt,
          // The token's lifetime is measured from here when a rotation gives the next one the same.
          createdAt: now,
          createdById: actor.type === "USER" ? actor.id : null,
        },
      });
      const client = apiClientView(stored);
      await recordAudit(tx, actor, {
        action: "api-client.created",
        entityType: "ApiClient",
        entityId: client.id,
        after: client,
      });
      return { client, token };
    })
    .catch(conflictOnDuplicate(DUPLICATE_API_CLIENT_NAME));
};
