import { prisma } from "@vax/db";
import type { TListQuery } from "../schemas/list-query";
import { type TActor, tenantFilter } from "../shared/actor";
import { orderOf, pageWindow, searchAny, type TPage } from "../shared/list-query";
import { type TVaccineView, vaccineInclude, vaccineView } from "./vaccine-view";

const SORTABLE = ["name", "manufacturer", "dosesInSchedule", "createdAt"] as const;

/** Options for {@link listVaccines}. */
export type ListVaccinesOptions = { actor: TActor; query: TListQuery };

/** A page of the tenant's vaccines, searched by name, manufacturer or ICD-11 code, with their programmes. */
export const listVaccines = async ({ actor, query }: ListVaccinesOptions): Promise<TPage<TVaccineView>> => {
  const where = {
    ...tenantFilter(actor),
    ...searchAny(query.q, ["name", "manufacturer", "icd11Code"] as const),
    ...(query.status === "all" ? {} : { active: query.status === "active" }),
  };
  const [items, total] = await Promise.all([
    prisma.vaccine.findMany({
      where,
      orderBy: orderOf(query, SORTABLE, "name"),
      ...pageWindow(query),
      include: vaccineInclude,
    }),
    prisma.vaccine.count({ where }),
  ]);
  return { items: items.map(vaccineView), total, page: query.page, pageSize: query.pageSize };
};
