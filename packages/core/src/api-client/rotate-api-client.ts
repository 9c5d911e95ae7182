import { createApiToken, prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TRotateApiClient } from "../schemas/api-client";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { apiClientView } from "./api-client-view";
import type { TCreatedApiClient } from "./create-api-client";
import { findApiClient } from "./get-api-client";
import { rotatedTokenExpiry } from "./token-expiry";

/** Options for {@link rotateApiClient}. */
export type RotateApiClientOptions = { actor: TActor; id: string; input: TRotateApiClient; now?: Date };

const HOUR_MS = 60 * 60_000;

/**
 * Gives an API client a new token, shown this once, and keeps the one it replaces working for the
 * grace hours asked (never past its own expiry), so the calling system can switch without a gap;
 * with 0 hours the old token stops at once, as after a leak. A token replaced before is forgotten.
 * The new token lives as long as the old one was given. NOT_FOUND outside the actor's tenant.
 */
export const rotateApiClient = ({
  actor,
  id,
  input,
  now = new Date(),
}: RotateApiClientOptions): Promise<TCreatedApiClient> =>
  prisma.$transaction(async (tx) => {
    const found = await findApiClient(tx, actor, id, "change");
    const before = await tx.apiClient.findUniqueOrThrow({ where: { id: found.id }, omit: { secretHash: false } });
    const { token, tokenPrefix, secretHash } = createApiToken();
    const graceEnds = new Date(now.getTime() + input.graceHours * HOUR_MS);
    const previousTokenExpiresAt = before.expiresAt && before.expiresAt < graceEnds ? before.expiresAt : graceEnds;
    const expiresAt = rotatedTokenExpiry(before, now);
    // Conditional on the token read above: of two rotations at once, the second is refused
    // rather than silently dropping the token the first one made.
    const rotated = await tx.apiClient.updateManyAndReturn({
      where: { id: before.id, tokenPrefix: before.tokenPrefix },
      data: {
        tokenPrefix,
        secretHash,
        expiresAt,
        previousTokenPrefix: before.tokenPrefix,
        previousSecretHash: before.secretHash,
        previousTokenExpiresAt,
        rotatedAt: now,
      },
    });
    const [stored] = rotated;
    if (!stored)
      throw new AppError("CONFLICT", "The token was rotated by someone else at the same moment; reload and look");
    const client = apiClientView(stored);
    await recordAudit(tx, actor, {
      action: "api-client.rotated",
      entityType: "ApiClient",
      entityId: client.id,
      before: { tokenPrefix: before.tokenPrefix, expiresAt: before.expiresAt },
      after: {
        tokenPrefix: client.tokenPrefix,
        expiresAt: client.expiresAt,
        previousTokenPrefix: client.previousTokenPrefix,
        previousTokenExpiresAt: client.previousTokenExpiresAt,
        graceHours: input.graceHours,
      },
    });
    return { client, token };
  });
