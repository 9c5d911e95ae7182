import { prisma } from "@vax/db";
import type { TListQuery } from "../schemas/list-query";
import type { TActor } from "../shared/actor";
import { orderOf, pageWindow, searchAny, type TPage } from "../shared/list-query";
import { trustFilter } from "./trust-scope";
import { type TTrustedIssuerView, trustedIssuerView } from "./trusted-issuer-view";

const SORTABLE = ["name", "country", "source", "updatedAt"] as const;

/** Options for {@link listTrustedIssuers}. */
export type ListTrustedIssuersOptions = { actor: TActor; query: TListQuery };

/** A page of the trust entries the actor manages, searched by name, country or an exact issuer identifier. */
export const listTrustedIssuers = async ({
  actor,
  query,
}: ListTrustedIssuersOptions): Promise<TPage<TTrustedIssuerView>> => {
  const search = searchAny(query.q, ["name", "country"] as const);
  const where = {
    ...trustFilter(actor),
    ...(query.q ? { OR: [...(search.OR ?? []), { ids: { has: query.q } }] } : {}),
    ...(query.status === "all" ? {} : { active: query.status === "active" }),
  };
  const [items, total] = await Promise.all([
    prisma.trustedIssuer.findMany({ where, orderBy: orderOf(query, SORTABLE, "name"), ...pageWindow(query) }),
    prisma.trustedIssuer.count({ where }),
  ]);
  return { items: items.map(trustedIssuerView), total, page: query.page, pageSize: query.pageSize };
};
