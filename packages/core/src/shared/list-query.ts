import type { TListQuery } from "../schemas/list-query";

/** One page of a list, with what the caller needs to page through it. */
export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number };

/** The skip/take of a page. */
export const pageWindow = ({ page, pageSize }: Pick<TListQuery, "page" | "pageSize">) => ({
  skip: (page - 1) * pageSize,
  take: pageSize,
});

/** A case-insensitive "contains" on each of the given text fields. */
export const searchAny = <F extends string>(q: string | undefined, fields: readonly F[]) =>
  q ? { OR: fields.map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) } : {};

/** The orderBy of a list: the asked-for sort field when allowed, else the default, then id for a stable order. */
export const orderOf = <F extends string>(query: TListQuery, allowed: readonly F[], fallback: F) => {
  const field = allowed.includes(query.sort as F) ? (query.sort as F) : fallback;
  return [{ [field]: query.order }, { id: "asc" as const }];
};
