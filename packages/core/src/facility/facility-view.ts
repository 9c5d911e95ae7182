import type { Facility } from "@vax/db";
import type { TFacility } from "../schemas/facility";
import { programmeRefsInclude, type TProgrammeRef } from "../shared/tenant-programmes";

/** A facility as the API returns it, with the programmes it vaccinates for. */
export type TFacilityView = Facility & { programmes: TProgrammeRef[] };

/** What every facility query includes, so that each one can be shaped by {@link facilityView}. */
export const facilityInclude = programmeRefsInclude;

/** Shapes a stored facility, read with {@link facilityInclude}, for the API. */
export const facilityView = (facility: Facility & { programmes: TProgrammeRef[] }): TFacilityView => ({
  ...facility,
  programmes: facility.programmes.map(({ id, name }) => ({ id, name })),
});

/** The columns of a parsed facility, without its programme links. */
export const facilityColumns = ({ programmeIds: _programmeIds, ...input }: TFacility) => input;
