import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { facilityInclude, facilityView, type TFacilityView } from "./facility-view";
import { findFacility } from "./get-facility";

/** Options for {@link setFacilityActive}. */
export type SetFacilityActiveOptions = { actor: TActor; id: string; active: boolean };

/** Deactivates (or reactivates) a facility: kept for the doses given there, closed to new ones. */
export const setFacilityActive = ({ actor, id, active }: SetFacilityActiveOptions): Promise<TFacilityView> =>
  prisma.$transaction(async (tx) => {
    await findFacility(tx, actor, id, "change");
    const facility = await tx.facility.update({ where: { id }, data: { active }, include: facilityInclude });
    await recordAudit(tx, actor, {
      action: active ? "facility.reactivated" : "facility.deactivated",
      entityType: "Facility",
      entityId: id,
    });
    return facilityView(facility);
  });
