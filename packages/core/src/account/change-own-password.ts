import { hashPassword, prisma, verifyPassword } from "@vax/db";
import { AppError } from "../errors";
import type { TPasswordChange } from "../schemas/account";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";

/** Options for {@link changeOwnPassword}. */
export type ChangeOwnPasswordOptions = { actor: TActor; input: TPasswordChange };

/**
 * Replaces the signed-in user's password once they prove the current one, and lifts the
 * one-time-password restriction. The audit log records that it changed, never the password.
 */
export const changeOwnPassword = async ({ actor, input }: ChangeOwnPasswordOptions): Promise<{ changed: true }> => {
  if (actor.type !== "USER" || !actor.id) throw new AppError("FORBIDDEN", "Only a signed-in person has a password");
  const user = await prisma.user.findUnique({ where: { id: actor.id }, omit: { passwordHash: false } });
  if (!user?.active) throw new AppError("UNAUTHENTICATED", "Sign in again");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    const message = "The current password is not right";
    throw new AppError("VALIDATION_FAILED", message, [{ path: "currentPassword", message }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    await recordAudit(tx, actor, { action: "user.password-changed", entityType: "User", entityId: user.id });
  });
  return { changed: true };
};
