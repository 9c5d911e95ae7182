import type { DatabaseTransaction } from "@vax/db";

type TSyncedUser = {
  id: string;
  tenantId: string;
  name: string;
  role: string;
  facilityId: string | null;
  active: boolean;
};

/**
 * Keeps a user's vaccinator record in step with the user: created when the role becomes
 * VACCINATOR, updated while it is, deactivated (never deleted: doses name it) when it is not.
 */
export const syncVaccinator = async (
  tx: DatabaseTransaction,
  user: TSyncedUser,
  details: { licenceNumber: string; mobile: string },
) => {
  const existing = await tx.vaccinator.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (user.role === "VACCINATOR" && user.facilityId) {
    const data = { name: user.name, facilityId: user.facilityId, ...details, active: user.active };
    if (existing) await tx.vaccinator.update({ where: { id: existing.id }, data });
    else await tx.vaccinator.create({ data: { ...data, tenantId: user.tenantId, userId: user.id } });
    return;
  }
  if (existing) await tx.vaccinator.update({ where: { id: existing.id }, data: { active: false } });
};
