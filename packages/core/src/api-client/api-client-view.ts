/** An API client as the API returns it: the token's public prefix, never its secret or hash. */
export type TApiClientView = {
  id: string;
  tenantId: string;
  name: string;
  tokenPrefix: string;
  scopes: string[];
  active: boolean;
  /** When the token stops working; null when it does not expire. */
  expiresAt: Date | null;
  /** When the token was last replaced by a rotation; null when never. */
  rotatedAt: Date | null;
  /** The replaced token's prefix, and until when it is still accepted. */
  previousTokenPrefix: string | null;
  previousTokenExpiresAt: Date | null;
  lastUsedAt: Date | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** Shapes a stored API client for the API, field by field, so a hash read by mistake can never leak. */
export const apiClientView = (client: TApiClientView): TApiClientView => ({
  id: client.id,
  tenantId: client.tenantId,
  name: client.name,
  tokenPrefix: client.tokenPrefix,
  scopes: client.scopes,
  active: client.active,
  expiresAt: client.expiresAt,
  rotatedAt: client.rotatedAt,
  previousTokenPrefix: client.previousTokenPrefix,
  previousTokenExpiresAt: client.previousTokenExpiresAt,
  lastUsedAt: client.lastUsedAt,
  createdById: client.createdById,
  createdAt: client.createdAt,
  updatedAt: client.updatedAt,
});

/** The message of a duplicate name, on the name field. */
export const DUPLICATE_API_CLIENT_NAME = { name: "An API client with this name already exists" };
