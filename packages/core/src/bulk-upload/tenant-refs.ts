import { prisma } from "@vax/db";

/** How a CSV names the tenant's programmes and facilities (by name, code or id), turned into ids. */
export type TTenantRefs = {
  /** The id of the programme named; an unknown name is passed on as it is, for the use case to refuse. */
  programmeId: (nameOrId: string) => string;
  /** The id of the facility named by code, name or id; an unknown one is passed on as it is. */
  facilityId: (codeOrId: string) => string;
};

const key = (text: string) => text.trim().toLowerCase();

/** Reads the tenant's programme and facility names once per chunk. */
export const loadTenantRefs = async (tenantId: string): Promise<TTenantRefs> => {
  const [programmes, facilities] = await Promise.all([
    prisma.programme.findMany({ where: { tenantId }, select: { id: true, name: true } }),
    prisma.facility.findMany({ where: { tenantId }, select: { id: true, code: true, name: true } }),
  ]);
  const programmeIds = new Map(
    programmes.flatMap(({ id, name }) => [[key(name), id] as const, [key(id), id] as const]),
  );
  const facilityIds = new Map(
    facilities.flatMap(({ id, code, name }) => [
      [key(name), id] as const,
      [key(code), id] as const,
      [key(id), id] as const,
    ]),
  );
  return {
    programmeId: (nameOrId) => programmeIds.get(key(nameOrId)) ?? nameOrId,
    facilityId: (codeOrId) => facilityIds.get(key(codeOrId)) ?? codeOrId,
  };
};
