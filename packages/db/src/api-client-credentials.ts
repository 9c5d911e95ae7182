import type { DatabaseTransaction } from "./client";

/** What checking an API token reads of its client, with its tenant's name and whether it is active. */
export type TApiClientCredentials = {
  id: string;
  tenantId: string;
  name: string;
  tokenPrefix: string;
  secretHash: string;
  previousSecretHash: string | null;
  active: boolean;
  expiresAt: Date | null;
  previousTokenExpiresAt: Date | null;
  scopes: string[];
  lastUsedAt: Date | null;
  tenant: { name: string; active: boolean };
};

type TRow = Omit<TApiClientCredentials, "tenant"> & { tenantName: string; tenantActive: boolean };

/**
 * The API client whose current or previous token has this prefix, with its tenant, in one query:
 * every API call checks its token, and Prisma reads a relation with a second query.
 */
export const findApiClientCredentials = async (
  db: DatabaseTransaction,
  tokenPrefix: string,
): Promise<TApiClientCredentials | null> => {
  const [row] = await db.$queryRaw<TRow[]>`
    SELECT client."id", client."tenantId", client."name", client."tokenPrefix", client."secretHash",
      client."previousSecretHash", client."active", client."expiresAt", client."previousTokenExpiresAt",
      client."scopes", client."lastUsedAt", tenant."name" AS "tenantName", tenant."active" AS "tenantActive"
    FROM "ApiClient" AS client JOIN "Tenant" AS tenant ON tenant."id" = client."tenantId"
    WHERE client."tokenPrefix" = ${tokenPrefix} OR client."previousTokenPrefix" = ${tokenPrefix}
    LIMIT 1`;
  if (!row) return null;
  const { tenantName, tenantActive, ...client } = row;
  return { ...client, tenant: { name: tenantName, active: tenantActive } };
};
