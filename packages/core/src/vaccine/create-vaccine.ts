import { prisma } from "@vax/db";
import type { TVaccine } from "../schemas/vaccine";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { tenantProgrammes } from "../shared/tenant-programmes";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { type TVaccineView, vaccineColumns, vaccineInclude, vaccineView } from "./vaccine-view";

/** Options for {@link createVaccine}. */
export type CreateVaccineOptions = { actor: TActor; input: TVaccine };

/** Creates a vaccine in the actor's tenant, linked to programmes of that tenant, and records it in the audit log. */
export const createVaccine = ({ actor, input }: CreateVaccineOptions): Promise<TVaccineView> =>
  prisma
    .$transaction(async (tx) => {
      const tenantId = tenantOf(actor);
      const programmes = await tenantProgrammes(tx, tenantId, input.programmeIds);
      const vaccine = await tx.vaccine.create({
        data: { ...vaccineColumns(input), tenantId, programmes: { connect: programmes } },
        include: vaccineInclude,
      });
      const view = vaccineView(vaccine);
      await recordAudit(tx, actor, {
        action: "vaccine.created",
        entityType: "Vaccine",
        entityId: vaccine.id,
        after: view,
      });
      return view;
    })
    .catch(conflictOnDuplicate({ name: "A vaccine with this name already exists" }));
