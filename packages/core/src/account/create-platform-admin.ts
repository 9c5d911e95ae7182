import { hashPassword, prisma } from "@vax/db";
import type { TPlatformAdmin } from "../schemas/account";
import { recordAudit } from "../shared/audit";
import { newOneTimePassword } from "../shared/one-time-password";
import { conflictOnDuplicate } from "../shared/unique-violation";

/** Options for {@link createPlatformAdmin}: who, and what the audit log names as the doer. */
export type CreatePlatformAdminOptions = { input: TPlatformAdmin; by: string };

/** The new platform admin and the one-time password to hand them, which works for one sign-in only. */
export type TCreatedPlatformAdmin = { id: string; email: string; oneTimePassword: string };

/**
 * Creates a platform admin, who belongs to no tenant and creates the tenants. Made from the command
 * line on the server, the first step of a real installation; the password is for one use: the
 * first sign-in must replace it.
 */
export const createPlatformAdmin = async ({
  input,
  by,
}: CreatePlatformAdminOptions): Promise<TCreatedPlatformAdmin> => {
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await prisma
    .$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: "PLATFORM_ADMIN", mustChangePassword: true },
      });
      const system = { type: "SYSTEM" as const, id: null, label: by, tenantId: null, role: null, facilityId: null };
      await recordAudit(tx, system, {
        action: "user.created",
        entityType: "User",
        entityId: created.id,
        after: { email: created.email, name: created.name, role: created.role },
      });
      return created;
    })
    .catch(conflictOnDuplicate({ email: "An account with this e-mail already exists" }));
  return { id: user.id, email: user.email, oneTimePassword };
};
