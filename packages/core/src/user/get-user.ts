import { type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import { type TAccess, type TActor, tenantFilter } from "../shared/actor";
import { type TUserView, userInclude, userView } from "./user-view";

/**
 * A Prisma `where` fragment of the users an actor may see: the tenant's, and for a facility
 * admin only those of their own facility.
 */
export const userScope = (actor: TActor, access: TAccess = "read"): { tenantId?: string; facilityId?: string } => {
  const tenant = tenantFilter(actor, access);
  if (actor.role !== "FACILITY_ADMIN") return tenant;
  if (!actor.facilityId) throw new AppError("FORBIDDEN", "This facility admin account is not assigned to a facility");
  return { ...tenant, facilityId: actor.facilityId };
};

/**
 * Finds a user the actor may see, with its facility and vaccinator record, or throws NOT_FOUND; a platform admin may
 * read it, not change it.
 */
export const findUser = async (db: DatabaseTransaction, actor: TActor, id: string, access: TAccess = "read") => {
  const user = await db.user.findFirst({ where: { id, ...userScope(actor, access) }, include: userInclude });
  if (!user) throw new AppError("NOT_FOUND", "No user with this id");
  return user;
};

/** Options for {@link getUser}. */
export type GetUserOptions = { actor: TActor; id: string };

/** One user the actor may see. */
export const getUser = async ({ actor, id }: GetUserOptions): Promise<TUserView> =>
  userView(await findUser(prisma, actor, id));
