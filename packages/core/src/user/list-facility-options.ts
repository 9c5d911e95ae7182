import { prisma } from "@vax/db";
import { type TActor, tenantOf } from "../shared/actor";

/** A facility as a user form's select offers it. */
export type TFacilityOption = { id: string; name: string; code: string };

/** Options for {@link listFacilityOptions}: `includeId` keeps a user's current facility even once deactivated. */
export type ListFacilityOptionsOptions = { actor: TActor; includeId?: string | null };

/** The tenant's active facilities, by name, for the user form's facility select. */
export const listFacilityOptions = ({ actor, includeId }: ListFacilityOptionsOptions): Promise<TFacilityOption[]> =>
  prisma.facility.findMany({
    where: { tenantId: tenantOf(actor), OR: [{ active: true }, ...(includeId ? [{ id: includeId }] : [])] },
    select: { id: true, name: true, code: true },
    orderBy: [{ name: "asc" }, { code: "asc" }],
  });
