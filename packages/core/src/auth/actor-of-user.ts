import { prisma, type User } from "@vax/db";
import type { TActor } from "../shared/actor";

/** The actor a signed-in user acts as. */
export const actorOfUser = (
  user: Pick<User, "id" | "name" | "email" | "tenantId" | "role" | "facilityId"> & { mustChangePassword?: boolean },
): TActor => ({
  type: "USER",
  id: user.id,
  label: `${user.name} <${user.email}>`,
  tenantId: user.tenantId,
  role: user.role,
  facilityId: user.facilityId,
  ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
});

/**
 * The actor behind a session, read afresh from the database so that a deactivated user, a
 * deactivated tenant or a changed role takes effect on the next request rather than when the
 * session expires.
 */
export const loadUserActor = async (userId: string): Promise<TActor | null> => {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: { tenant: { select: { active: true } } },
  });
  if (!user?.active || (user.tenant && !user.tenant.active)) return null;
  return actorOfUser(user);
};
