import type { Vaccine } from "@vax/db";
import type { TVaccine } from "../schemas/vaccine";
import { programmeRefsInclude, type TProgrammeRef } from "../shared/tenant-programmes";

/** A vaccine as the API returns it, with the programmes that use it. */
export type TVaccineView = Vaccine & { programmes: TProgrammeRef[] };

/** What every vaccine query includes, so that each one can be shaped by {@link vaccineView}. */
export const vaccineInclude = programmeRefsInclude;

/** Shapes a stored vaccine, read with {@link vaccineInclude}, for the API. */
export const vaccineView = (vaccine: Vaccine & { programmes: TProgrammeRef[] }): TVaccineView => ({
  ...vaccine,
  programmes: vaccine.programmes.map(({ id, name }) => ({ id, name })),
});

/** The columns of a parsed vaccine; a code left out is cleared, since a save replaces every field. */
export const vaccineColumns = ({ programmeIds: _programmeIds, ...input }: TVaccine) => ({
  ...input,
  icd11Code: input.icd11Code ?? null,
  whoProphylaxisCode: input.whoProphylaxisCode ?? null,
  euProductCode: input.euProductCode ?? null,
  euHolderCode: input.euHolderCode ?? null,
  euProphylaxisCode: input.euProphylaxisCode ?? null,
  cvxCode: input.cvxCode ?? null,
});
