import { hashPassword, prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TUserUpdate } from "../schemas/user";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { checkUserFacility } from "./check-facility";
import { DUPLICATE_EMAIL } from "./create-user";
import { findUser } from "./get-user";
import { syncVaccinator } from "./sync-vaccinator";
import { type TUserView, userInclude, userView } from "./user-view";

/** Options for {@link updateUser}. */
export type UpdateUserOptions = { actor: TActor; id: string; input: TUserUpdate };

/**
 * Replaces a user's details, and their password when a new one is given; the vaccinator record
 * follows the role. NOT_FOUND outside the actor's tenant.
 */
export const updateUser = async ({ actor, id, input }: UpdateUserOptions): Promise<TUserView> => {
  const tenantId = tenantOf(actor);
  const { newPassword, licenceNumber, mobile, ...fields } = input;
  // Hashed before the transaction: bcrypt is slow and the embedded database serialises everything behind an open one.
  const passwordHash = newPassword ? await hashPassword(newPassword) : undefined;
  return prisma
    .$transaction(async (tx) => {
      const stored = await findUser(tx, actor, id, "change");
      if (stored.role === "PLATFORM_ADMIN") {
        throw new AppError("UNPROCESSABLE", "Platform admins are managed by the platform, not by a tenant");
      }
      if (stored.id === actor.id && fields.role !== stored.role) {
        const message = "You cannot change your own role; ask another tenant admin";
        throw new AppError("UNPROCESSABLE", message, [{ path: "role", message }]);
      }
      await checkUserFacility(tx, tenantId, fields.facilityId, stored.facilityId);
      const user = await tx.user.update({
        where: { id: stored.id },
        data: { ...fields, ...(passwordHash ? { passwordHash } : {}) },
      });
      await syncVaccinator(tx, { ...user, tenantId }, { licenceNumber, mobile });
      const view = userView(await tx.user.findUniqueOrThrow({ where: { id }, include: userInclude }));
      await recordAudit(tx, actor, {
        action: "user.updated",
        entityType: "User",
        entityId: id,
        before: userView(stored),
        after: passwordHash ? { ...view, passwordChanged: true } : view,
      });
      return view;
    })
    .catch(conflictOnDuplicate(DUPLICATE_EMAIL));
};
