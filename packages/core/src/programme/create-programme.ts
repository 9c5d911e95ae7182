import { prisma } from "@vax/db";
import type { TProgramme } from "../schemas/programme";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { programmeView, type TProgrammeView, toDate } from "./programme-view";

/** Options for {@link createProgramme}. */
export type CreateProgrammeOptions = { actor: TActor; input: TProgramme };

/** Creates a programme in the actor's tenant and records it in the audit log. */
export const createProgramme = ({ actor, input }: CreateProgrammeOptions): Promise<TProgrammeView> =>
  prisma
    .$transaction(async (tx) => {
      const programme = await tx.programme.create({
        data: {
          ...input,
          tenantId: tenantOf(actor),
          startDate: toDate(input.startDate),
          endDate: toDate(input.endDate),
        },
      });
      const view = programmeView(programme);
      await recordAudit(tx, actor, {
        action: "programme.created",
        entityType: "Programme",
        entityId: programme.id,
        after: view,
      });
      return view;
    })
    .catch(conflictOnDuplicate({ name: "A programme with this name already exists" }));
