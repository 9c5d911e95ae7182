import { type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import { type TAccess, type TActor, tenantFilter } from "../shared/actor";
import { programmeView, type TProgrammeView } from "./programme-view";

/**
 * Finds a programme in the actor's tenant, or throws NOT_FOUND; a platform admin may
 * read it, not change it.
 */
export const findProgramme = async (db: DatabaseTransaction, actor: TActor, id: string, access: TAccess = "read") => {
  const programme = await db.programme.findFirst({ where: { id, ...tenantFilter(actor, access) } });
  if (!programme) throw new AppError("NOT_FOUND", "No programme with this id");
  return programme;
};

/** Options for {@link getProgramme}. */
export type GetProgrammeOptions = { actor: TActor; id: string };

/** One programme of the actor's tenant. */
export const getProgramme = async ({ actor, id }: GetProgrammeOptions): Promise<TProgrammeView> =>
  programmeView(await findProgramme(prisma, actor, id));
