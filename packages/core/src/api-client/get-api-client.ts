import { type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import { type TAccess, type TActor, tenantFilter } from "../shared/actor";
import { apiClientView, type TApiClientView } from "./api-client-view";

/**
 * Finds an API client in the actor's tenant, or throws NOT_FOUND; a platform admin may
 * read it, not change it.
 */
export const findApiClient = async (db: DatabaseTransaction, actor: TActor, id: string, access: TAccess = "read") => {
  const client = await db.apiClient.findFirst({ where: { id, ...tenantFilter(actor, access) } });
  if (!client) throw new AppError("NOT_FOUND", "No API client with this id");
  return client;
};

/** Options for {@link getApiClient}. */
export type GetApiClientOptions = { actor: TActor; id: string };

/** One API client of the actor's tenant. */
export const getApiClient = async ({ actor, id }: GetApiClientOptions): Promise<TApiClientView> =>
  apiClientView(await findApiClient(prisma, actor, id));
