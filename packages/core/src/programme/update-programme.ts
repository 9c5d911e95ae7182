import { prisma } from "@vax/db";
import type { TProgramme } from "../schemas/programme";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { findProgramme } from "./get-programme";
import { programmeView, type TProgrammeView, toDate } from "./programme-view";

/** Options for {@link updateProgramme}. */
export type UpdateProgrammeOptions = { actor: TActor; id: string; input: TProgramme };

/** Replaces a programme's details; NOT_FOUND outside the actor's tenant. */
export const updateProgramme = ({ actor, id, input }: UpdateProgrammeOptions): Promise<TProgrammeView> =>
  prisma
    .$transaction(async (tx) => {
      const before = await findProgramme(tx, actor, id, "change");
      const programme = await tx.programme.update({
        where: { id: before.id },
        data: { ...input, startDate: toDate(input.startDate), endDate: toDate(input.endDate) },
      });
      const view = programmeView(programme);
      await recordAudit(tx, actor, {
        action: "programme.updated",
        entityType: "Programme",
        entityId: id,
        before: programmeView(before),
        after: view,
      });
      return view;
    })
    .catch(conflictOnDuplicate({ name: "A programme with this name already exists" }));
