import { prisma } from "@vax/db";
import type { TVaccine } from "../schemas/vaccine";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { tenantProgrammes } from "../shared/tenant-programmes";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { findVaccine } from "./get-vaccine";
import { type TVaccineView, vaccineColumns, vaccineInclude, vaccineView } from "./vaccine-view";

/** Options for {@link updateVaccine}. */
export type UpdateVaccineOptions = { actor: TActor; id: string; input: TVaccine };

/** Replaces a vaccine's details and programmes; NOT_FOUND outside the actor's tenant. */
export const updateVaccine = ({ actor, id, input }: UpdateVaccineOptions): Promise<TVaccineView> =>
  prisma
    .$transaction(async (tx) => {
      const before = await findVaccine(tx, actor, id, "change");
      const programmes = await tenantProgrammes(tx, before.tenantId, input.programmeIds);
      const vaccine = await tx.vaccine.update({
        where: { id: before.id },
        data: { ...vaccineColumns(input), programmes: { set: programmes } },
        include: vaccineInclude,
      });
      const view = vaccineView(vaccine);
      await recordAudit(tx, actor, {
        action: "vaccine.updated",
        entityType: "Vaccine",
        entityId: id,
        before: vaccineView(before),
        after: view,
      });
      return view;
    })
    .catch(conflictOnDuplicate({ name: "A vaccine with this name already exists" }));
