import { prisma } from "@vax/db";
import type { TFacility } from "../schemas/facility";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { tenantProgrammes } from "../shared/tenant-programmes";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { facilityColumns, facilityInclude, facilityView, type TFacilityView } from "./facility-view";
import { findFacility } from "./get-facility";

/** Options for {@link updateFacility}. */
export type UpdateFacilityOptions = { actor: TActor; id: string; input: TFacility };

/** Replaces a facility's details and programmes; NOT_FOUND outside the actor's tenant. */
export const updateFacility = ({ actor, id, input }: UpdateFacilityOptions): Promise<TFacilityView> =>
  prisma
    .$transaction(async (tx) => {
      const before = await findFacility(tx, actor, id, "change");
      const programmes = await tenantProgrammes(tx, before.tenantId, input.programmeIds);
      const facility = await tx.facility.update({
        where: { id: before.id },
        data: { ...facilityColumns(input), programmes: { set: programmes } },
        include: facilityInclude,
      });
      const view = facilityView(facility);
      await recordAudit(tx, actor, {
        action: "facility.updated",
        entityType: "Facility",
        entityId: id,
        before: facilityView(before),
        after: view,
      });
      return view;
    })
    .catch(conflictOnDuplicate({ code: "A facility with this code already exists" }));
