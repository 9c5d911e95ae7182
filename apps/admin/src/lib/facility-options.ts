import "server-only";
import { listFacilities, type TActor } from "@vax/core";

/** A facility a form offers, with the programmes it runs so that the form can offer only those that fit. */
export type TFacilityOption = { id: string; name: string; programmeIds: string[] };

/** The tenant's active facilities, by name, as a form offers them. */
export const facilityOptions = async (actor: TActor): Promise<TFacilityOption[]> => {
  const { items } = await listFacilities({
    actor,
    query: { page: 1, pageSize: 100, order: "asc", sort: "name", status: "active" },
  });
  return items.map(({ id, name, programmes }) => ({
    id,
    name,
    programmeIds: programmes.map((programme) => programme.id),
  }));
};
