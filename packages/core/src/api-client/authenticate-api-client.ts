import { parseApiToken, prisma, verifyApiSecret } from "@vax/db";
import { AppError } from "../errors";
import type { TApiScope } from "../schemas/api-client";
import type { TActor } from "../shared/actor";

/** Options for {@link authenticateApiClient}: the presented bearer token and the scope the call needs. */
export type AuthenticateApiClientOptions = { token: string; scope: TApiScope; now?: Date };

// Checked when the prefix is unknown, so every refusal costs the same hash.
const UNKNOWN_CLIENT_HASH = "0".repeat(64);
const LAST_USED_RESOLUTION_MS = 60_000;

const invalidToken = () => new AppError("UNAUTHENTICATED", "The API token is not valid");

/**
 * Checks an API client's bearer token and that it carries the scope: UNAUTHENTICATED for a token
 * that is malformed, unknown, wrong or revoked, FORBIDDEN for a missing scope. Returns the actor
 * the client acts as in its tenant.
 */
export const authenticateApiClient = async ({
  token,
  scope,
  now = new Date(),
}: AuthenticateApiClientOptions): Promise<TActor> => {
  const parsed = parseApiToken(token);
  if (!parsed) throw invalidToken();
  const client = await prisma.apiClient.findUnique({
    where: { tokenPrefix: parsed.prefix },
    omit: { secretHash: false },
  });
  const matches = verifyApiSecret(parsed.secret, client?.secretHash ?? UNKNOWN_CLIENT_HASH);
  if (!client || !matches) throw invalidToken();
  if (!client.active) throw new AppError("UNAUTHENTICATED", "This API client has been deactivated");
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
    label: `API client ${client.name} (${client.tokenPrefix})`,
    tenantId: client.tenantId,
    role: null,
    facilityId: null,
  };
};
