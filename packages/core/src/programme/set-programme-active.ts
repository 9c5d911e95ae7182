import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findProgramme } from "./get-programme";
import { programmeView, type TProgrammeView } from "./programme-view";

/** Options for {@link setProgrammeActive}. */
export type SetProgrammeActiveOptions = { actor: TActor; id: string; active: boolean };

/** Deactivates (or reactivates) a programme: kept for the certificates it issued, closed to new doses. */
export const setProgrammeActive = ({ actor, id, active }: SetProgrammeActiveOptions): Promise<TProgrammeView> =>
  prisma.$transaction(async (tx) => {
    await findProgramme(tx, actor, id, "change");
    const programme = await tx.programme.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, {
      action: active ? "programme.reactivated" : "programme.deactivated",
      entityType: "Programme",
      entityId: id,
    });
    return programmeView(programme);
  });
