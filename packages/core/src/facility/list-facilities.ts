import { prisma } from "@vax/db";
import type { TListQuery } from "../schemas/list-query";
import { type TActor, tenantFilter } from "../shared/actor";
import { orderOf, pageWindow, searchAny, type TPage } from "../shared/list-query";
import { facilityInclude, facilityView, type TFacilityView } from "./facility-view";

const SORTABLE = ["code", "name", "district", "state", "category", "createdAt"] as const;

/** Options for {@link listFacilities}. */
export type ListFacilitiesOptions = { actor: TActor; query: TListQuery };

/** A page of the tenant's facilities, searched by code, name, district or state, with their programmes. */
export const listFacilities = async ({ actor, query }: ListFacilitiesOptions): Promise<TPage<TFacilityView>> => {
  const where = {
    ...tenantFilter(actor),
    ...searchAny(query.q, ["code", "name", "district", "state"] as const),
    ...(query.status === "all" ? {} : { active: query.status === "active" }),
  };
  const [items, total] = await Promise.all([
    prisma.facility.findMany({
      where,
      orderBy: orderOf(query, SORTABLE, "name"),
      ...pageWindow(query),
      include: facilityInclude,
    }),
    prisma.facility.count({ where }),
  ]);
  return { items: items.map(facilityView), total, page: query.page, pageSize: query.pageSize };
};
