import { prisma } from "@vax/db";
import type { TListQuery } from "../schemas/list-query";
import { type TActor, tenantFilter } from "../shared/actor";
import { orderOf, pageWindow, searchAny, type TPage } from "../shared/list-query";
import { apiClientView, type TApiClientView } from "./api-client-view";

const SORTABLE = ["name", "tokenPrefix", "lastUsedAt", "createdAt"] as const;

/** Options for {@link listApiClients}. */
export type ListApiClientsOptions = { actor: TActor; query: TListQuery };

/** A page of the tenant's API clients, searched by name or token prefix. */
export const listApiClients = async ({ actor, query }: ListApiClientsOptions): Promise<TPage<TApiClientView>> => {
  const where = {
    ...tenantFilter(actor),
    ...searchAny(query.q, ["name", "tokenPrefix"] as const),
    ...(query.status === "all" ? {} : { active: query.status === "active" }),
  };
  const [items, total] = await Promise.all([
    prisma.apiClient.findMany({ where, orderBy: orderOf(query, SORTABLE, "name"), ...pageWindow(query) }),
    prisma.apiClient.count({ where }),
  ]);
  return { items: items.map(apiClientView), total, page: query.page, pageSize: query.pageSize };
};
