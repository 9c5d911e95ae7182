import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findVaccine } from "./get-vaccine";
import { type TVaccineView, vaccineInclude, vaccineView } from "./vaccine-view";

/** Options for {@link setVaccineActive}. */
export type SetVaccineActiveOptions = { actor: TActor; id: string; active: boolean };

/** Deactivates (or reactivates) a vaccine: kept for the doses recorded with it, no longer offered for new ones. */
export const setVaccineActive = ({ actor, id, active }: SetVaccineActiveOptions): Promise<TVaccineView> =>
  prisma.$transaction(async (tx) => {
    await findVaccine(tx, actor, id, "change");
    const vaccine = await tx.vaccine.update({ where: { id }, data: { active }, include: vaccineInclude });
    await recordAudit(tx, actor, {
      action: active ? "vaccine.reactivated" : "vaccine.deactivated",
      entityType: "Vaccine",
      entityId: id,
    });
    return vaccineView(vaccine);
  });
