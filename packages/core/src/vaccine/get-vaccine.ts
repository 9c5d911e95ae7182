import { type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import { type TAccess, type TActor, tenantFilter } from "../shared/actor";
import { type TVaccineView, vaccineInclude, vaccineView } from "./vaccine-view";

/**
 * Finds a vaccine in the actor's tenant, with its programmes, or throws NOT_FOUND; a platform admin may
 * read it, not change it.
 */
export const findVaccine = async (db: DatabaseTransaction, actor: TActor, id: string, access: TAccess = "read") => {
  const vaccine = await db.vaccine.findFirst({
    where: { id, ...tenantFilter(actor, access) },
    include: vaccineInclude,
  });
  if (!vaccine) throw new AppError("NOT_FOUND", "No vaccine with this id");
  return vaccine;
};

/** Options for {@link getVaccine}. */
export type GetVaccineOptions = { actor: TActor; id: string };

/** One vaccine of the actor's tenant. */
export const getVaccine = async ({ actor, id }: GetVaccineOptions): Promise<TVaccineView> =>
  vaccineView(await findVaccine(prisma, actor, id));
