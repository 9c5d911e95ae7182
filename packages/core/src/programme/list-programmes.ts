import { prisma } from "@vax/db";
import type { TListQuery } from "../schemas/list-query";
import { type TActor, tenantFilter } from "../shared/actor";
import { orderOf, pageWindow, searchAny, type TPage } from "../shared/list-query";
import { programmeView, type TProgrammeView } from "./programme-view";

const SORTABLE = ["name", "disease", "startDate", "createdAt"] as const;

/** Options for {@link listProgrammes}. */
export type ListProgrammesOptions = { actor: TActor; query: TListQuery };

/** A page of the tenant's programmes, searched by name, disease or code. */
export const listProgrammes = async ({ actor, query }: ListProgrammesOptions): Promise<TPage<TProgrammeView>> => {
  const where = {
    ...tenantFilter(actor),
    ...searchAny(query.q, ["name", "disease", "icd11Code"] as const),
    ...(query.status === "all" ? {} : { active: query.status === "active" }),
  };
  const [items, total] = await Promise.all([
    prisma.programme.findMany({
      where,
      orderBy: orderOf(query, SORTABLE, "name"),
      ...pageWindow(query),
      include: { _count: { select: { vaccines: true } } },
    }),
    prisma.programme.count({ where }),
  ]);
  return { items: items.map(programmeView), total, page: query.page, pageSize: query.pageSize };
};
