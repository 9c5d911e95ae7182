import { prisma } from "@vax/db";
import type { TUserListQuery } from "../schemas/user";
import type { TActor } from "../shared/actor";
import { orderOf, pageWindow, searchAny, type TPage } from "../shared/list-query";
import { userScope } from "./get-user";
import { type TUserView, userInclude, userView } from "./user-view";

const SORTABLE = ["name", "email", "role", "lastSignInAt", "createdAt"] as const;

/** Options for {@link listUsers}. */
export type ListUsersOptions = { actor: TActor; query: TUserListQuery };

/**
 * A page of the users the actor may see (a facility admin sees their facility's), searched by
 * name or e-mail and filtered by role.
 */
export const listUsers = async ({ actor, query }: ListUsersOptions): Promise<TPage<TUserView>> => {
  const where = {
    ...userScope(actor),
    ...searchAny(query.q, ["name", "email"] as const),
    ...(query.role ? { role: query.role } : {}),
    ...(query.status === "all" ? {} : { active: query.status === "active" }),
  };
  const [items, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: orderOf(query, SORTABLE, "name"),
      ...pageWindow(query),
      include: userInclude,
    }),
    prisma.user.count({ where }),
  ]);
  return { items: items.map(userView), total, page: query.page, pageSize: query.pageSize };
};
