import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";

const roleLabels = {
  PLATFORM_ADMIN: "platform admin",
  TENANT_ADMIN: "tenant admin",
  FACILITY_ADMIN: "facility admin",
  VACCINATOR: "vaccinator",
  MONITORING: "monitoring",
} as const;

/** Where a facility-app user works: their facility and its active programmes. */
export type TWorkplace = {
  name: string;
  roleLabel: string;
  facility: { id: string; code: string; name: string } | null;
  programmes: Array<{ id: string; name: string }>;
};

/** Options for {@link getWorkplace}. */
export type GetWorkplaceOptions = { actor: TActor };

/** The signed-in facility user's facility and the programmes it runs. */
export const getWorkplace = async ({ actor }: GetWorkplaceOptions): Promise<TWorkplace> => {
  const user = actor.id ? await prisma.user.findUnique({ where: { id: actor.id } }) : null;
  const facility = actor.facilityId
    ? await prisma.facility.findFirst({
        where: { id: actor.facilityId, tenantId: actor.tenantId ?? undefined },
        include: { programmes: { where: { active: true }, orderBy: { name: "asc" } } },
      })
    : null;
  return {
    name: user?.name ?? actor.label,
    roleLabel: actor.role ? roleLabels[actor.role] : "",
    facility: facility ? { id: facility.id, code: facility.code, name: facility.name } : null,
    programmes: facility?.programmes.map(({ id, name }) => ({ id, name })) ?? [],
  };
};
