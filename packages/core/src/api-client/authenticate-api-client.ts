import { findApiClientCredentials, parseApiToken, prisma, verifyApiSecret } from "@vax/db";
import { AppError } from "../errors";
import type { TApiScope } from "../schemas/api-client";
import type { TActor } from "../shared/actor";
import { utcMinute } from "./token-expiry";

/** Options for {@link authenticateApiClient}: the presented bearer token and the scope the call needs. */
export type AuthenticateApiClientOptions = { token: string; scope: TApiScope; now?: Date };

// Checked when the prefix is unknown, so every refusal costs the same hash.
const UNKNOWN_CLIENT_HASH = "0".repeat(64);
const LAST_USED_RESOLUTION_MS = 60_000;

const refused = (message: string) => new AppError("UNAUTHENTICATED", message);

/**
 * Checks an API client's bearer token and that it carries the scope: UNAUTHENTICATED for a token
 * that is malformed, unknown or wrong, expired, replaced by a rotation past its grace period,
 * of a deactivated client or of a deactivated tenant, each saying which; FORBIDDEN for a missing
 * scope. The token a rotation replaced works until its grace period ends. Returns the actor the
 * client acts as in its tenant.
 */
export const authenticateApiClient = async ({
  token,
  scope,
  now = new Date(),
}: AuthenticateApiClientOptions): Promise<TActor> => {
  const parsed = parseApiToken(token);
  if (!parsed) throw refused("The API token is not valid");
  const client = await findApiClientCredentials(prisma, parsed.prefix);
  const previous = client?.tokenPrefix !== parsed.prefix;
  const hash = (previous ? client?.previousSecretHash : client?.secretHash) ?? UNKNOWN_CLIENT_HASH;
  if (!client || !verifyApiSecret(parsed.secret, hash)) throw refused("The API token is not valid");
  if (!client.tenant.active) {
    throw refused(`${client.tenant.name} has been deactivated on the platform, so its API tokens no longer work`);
  }
  if (!client.active) throw refused("This API client has been deactivated");
  if (previous && client.previousTokenExpiresAt && client.previousTokenExpiresAt <= now) {
    throw refused(
      `This API token was replaced by a new one and stopped working at ${utcMinute(client.previousTokenExpiresAt)}; use the new token`,
    );
  }
  if (!previous && client.expiresAt && client.expiresAt <= now) {
    throw refused(`This API token expired at ${utcMinute(client.expiresAt)}; ask an administrator to rotate it`);
  }
  if (!client.scopes.includes(scope))
    throw new AppError("FORBIDDEN", `This API client does not have the ${scope} scope`);
  // At most one write a minute per client: a busy client must not turn every call into a row update.
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!client.lastUsedAt || client.lastUsedAt < staleBefore) {
    await prisma.apiClient.updateMany({
      where: { id: client.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return {
    type: "API_CLIENT",
    id: client.id,
    label: `API client ${client.name} (${parsed.prefix})`,
    tenantId: client.tenantId,
    role: null,
    facilityId: null,
  };
};
