import type { DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";

const invalid = (message: string) => new AppError("VALIDATION_FAILED", message, [{ path: "facilityId", message }]);

/**
 * Checks that a user's facility is an active facility of the tenant. The one a user already has
 * stays allowed after it is deactivated, so editing their name does not force a move.
 */
export const checkUserFacility = async (
  db: DatabaseTransaction,
  tenantId: string,
  facilityId: string | null,
  currentFacilityId: string | null = null,
) => {
  if (!facilityId) return;
  const facility = await db.facility.findFirst({ where: { id: facilityId, tenantId }, select: { active: true } });
  if (!facility) throw invalid("Choose a facility of your tenant");
  if (!facility.active && facilityId !== currentFacilityId)
    throw invalid("This facility is deactivated; choose an active one");
};
