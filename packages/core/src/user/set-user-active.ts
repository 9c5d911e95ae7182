import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findUser } from "./get-user";
import { type TUserView, userInclude, userView } from "./user-view";

/** Options for {@link setUserActive}. */
export type SetUserActiveOptions = { actor: TActor; id: string; active: boolean };

/**
 * Deactivates (or reactivates) a user: a deactivated user cannot sign in, and their vaccinator
 * record stops giving doses. Nobody can deactivate themself, so a tenant never locks out its last admin by mistake.
 */
export const setUserActive = ({ actor, id, active }: SetUserActiveOptions): Promise<TUserView> =>
  prisma.$transaction(async (tx) => {
    const stored = await findUser(tx, actor, id, "change");
    if (!active && stored.id === actor.id)
      throw new AppError("UNPROCESSABLE", "You cannot deactivate your own account");
    if (stored.role === "PLATFORM_ADMIN") {
      throw new AppError("UNPROCESSABLE", "Platform admins are managed by the platform, not by a tenant");
    }
    await tx.user.update({ where: { id }, data: { active } });
    if (stored.vaccinator) {
      await tx.vaccinator.update({
        where: { id: stored.vaccinator.id },
        data: { active: active && stored.role === "VACCINATOR" },
      });
    }
    await recordAudit(tx, actor, {
      action: active ? "user.reactivated" : "user.deactivated",
      entityType: "User",
      entityId: id,
    });
    return userView(await tx.user.findUniqueOrThrow({ where: { id }, include: userInclude }));
  });
