import { type DatabaseTransaction, prisma } from "@vax/db";
import type { TFacility } from "../schemas/facility";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { tenantProgrammes } from "../shared/tenant-programmes";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { facilityColumns, facilityInclude, facilityView, type TFacilityView } from "./facility-view";

/** Options for {@link createFacility}. */
export type CreateFacilityOptions = { actor: TActor; input: TFacility };

/**
 * Creates a facility inside the caller's transaction, so that a caller recording something beside
 * it (a bulk upload's row outcome) commits both or neither. Unique violations reach the caller.
 */
export const createFacilityIn = async (
  tx: DatabaseTransaction,
  { actor, input }: CreateFacilityOptions,
): Promise<TFacilityView> => {
  const tenantId = tenantOf(actor);
  const programmes = await tenantProgrammes(tx, tenantId, input.programmeIds);
  const facility = await tx.facility.create({
    data: { ...facilityColumns(input), tenantId, programmes: { connect: programmes } },
    include: facilityInclude,
  });
  const view = facilityView(facility);
  await recordAudit(tx, actor, {
    action: "facility.created",
    entityType: "Facility",
    entityId: facility.id,
    after: view,
  });
  return view;
};

/** The message of a duplicate facility code, on the code field. */
export const DUPLICATE_FACILITY_CODE = { code: "A facility with this code already exists" };

/** Creates a facility in the actor's tenant, linked to programmes of that tenant, and records it in the audit log. */
export const createFacility = (options: CreateFacilityOptions): Promise<TFacilityView> =>
  prisma.$transaction((tx) => createFacilityIn(tx, options)).catch(conflictOnDuplicate(DUPLICATE_FACILITY_CODE));
