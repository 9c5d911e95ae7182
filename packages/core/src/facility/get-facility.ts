import { type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import { type TAccess, type TActor, tenantFilter } from "../shared/actor";
import { facilityInclude, facilityView, type TFacilityView } from "./facility-view";

/**
 * Finds a facility in the actor's tenant, with its programmes, or throws NOT_FOUND; a platform admin may
 * read it, not change it.
 */
export const findFacility = async (db: DatabaseTransaction, actor: TActor, id: string, access: TAccess = "read") => {
  const facility = await db.facility.findFirst({
    where: { id, ...tenantFilter(actor, access) },
    include: facilityInclude,
  });
  if (!facility) throw new AppError("NOT_FOUND", "No facility with this id");
  return facility;
};

/** Options for {@link getFacility}. */
export type GetFacilityOptions = { actor: TActor; id: string };

/** One facility of the actor's tenant. */
export const getFacility = async ({ actor, id }: GetFacilityOptions): Promise<TFacilityView> =>
  facilityView(await findFacility(prisma, actor, id));
