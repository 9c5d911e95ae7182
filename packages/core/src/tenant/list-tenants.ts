import { prisma } from "@vax/db";
import type { TListQuery } from "../schemas/list-query";
import type { TActor } from "../shared/actor";
import { orderOf, pageWindow, searchAny, type TPage } from "../shared/list-query";
import { requirePlatformAdmin } from "../shared/platform-admin";
import { type TTenantView, tenantView } from "./tenant-view";

const SORTABLE = ["name", "slug", "country", "createdAt"] as const;

/** Options for {@link listTenants}. */
export type ListTenantsOptions = { actor: TActor; query: TListQuery };

/** A page of the platform's tenants, searched by name or slug, for the platform admin. */
export const listTenants = async ({ actor, query }: ListTenantsOptions): Promise<TPage<TTenantView>> => {
  requirePlatformAdmin(actor);
  const where = {
    ...searchAny(query.q, ["name", "slug"] as const),
    ...(query.status === "all" ? {} : { active: query.status === "active" }),
  };
  const [items, total] = await Promise.all([
    prisma.tenant.findMany({ where, orderBy: orderOf(query, SORTABLE, "name"), ...pageWindow(query) }),
    prisma.tenant.count({ where }),
  ]);
  return { items: items.map(tenantView), total, page: query.page, pageSize: query.pageSize };
};
