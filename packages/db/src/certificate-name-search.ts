import type { Database } from "./client";
import { Prisma } from "./generated/prisma/client";

/** Options for {@link findCertificatesByName}. */
export type FindCertificatesByNameOptions = {
  /** The tenant searched; null for every tenant (a platform admin's search). */
  tenantId: string | null;
  /** Only certificates of doses given at this facility (facility staff); null for any facility. */
  facilityId: string | null;
  /** The start of a name as typed: of any of its words, or of the name from any word on. */
  name: string;
  /** A certificate id (stored form) the text also reads as: that certificate is found beside the names. */
  certificateId?: string;
  skip: number;
  take: number;
  /** Counting stops past this many matches, so a name shared by half the country costs no more than this. */
  countUpTo: number;
};

/** A page of certificates found by name, newest first, and how many there are. */
export type TCertificatesByName = {
  /** Certificate row ids (not the printed certificate ids), newest first. */
  ids: string[];
  /** How many certificates match; when `totalIsAtLeast`, at least this many (counting stopped). */
  total: number;
  totalIsAtLeast: boolean;
};

// The typed text in the form the keys are stored in (see the migration certificate_name_search), computed by
// PostgreSQL while planning, so that it reads the keys' B-tree from that prefix on.
const typedPrefix = (name: string) => Prisma.sql`"vax_name_prefix"(${name})`;

const matches = ({ tenantId, facilityId, name, certificateId }: FindCertificatesByNameOptions) => {
  const tenant = tenantId === null ? Prisma.sql`IN (SELECT "id" FROM "Tenant")` : Prisma.sql`= ${tenantId}`;
  const byName = Prisma.sql`
    SELECT key."certificateId" AS "id", key."issuedAt" FROM "CertificateNameKey" AS key
    WHERE key."tenantId" ${tenant} AND key."key" ^@ ${typedPrefix(name)} AND ${typedPrefix(name)} <> ''
    ${facilityId === null ? Prisma.empty : Prisma.sql`AND key."facilityId" = ${facilityId}`}`;
  if (!certificateId) return byName;
  return Prisma.sql`${byName} UNION ALL
    SELECT certificate."id", certificate."issuedAt" FROM "Certificate" AS certificate
    JOIN "VaccinationEvent" AS event ON event."id" = certificate."vaccinationEventId"
    WHERE certificate."certificateId" = ${certificateId} AND certificate."tenantId" ${tenant}
    ${facilityId === null ? Prisma.empty : Prisma.sql`AND event."facilityId" = ${facilityId}`}`;
};

/**
 * Finds certificates by the name they were issued to: the start of any word of it, or of the
 * name from any word on ("asha", "kum", "asha kum"), in any case. A page costs one range of the
 * name keys and a sort of the matches; the count stops at `countUpTo`.
 */
export const findCertificatesByName = async (
  db: Database,
  options: FindCertificatesByNameOptions,
): Promise<TCertificatesByName> => {
  const found = matches(options);
  const [page, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM (${found}) AS found GROUP BY "id", "issuedAt"
      ORDER BY "issuedAt" DESC, "id" DESC OFFSET ${options.skip} LIMIT ${options.take}`,
    db.$queryRaw<{ total: number; more: boolean }[]>`
      SELECT count(DISTINCT "id")::int AS "total", count(*) > ${options.countUpTo} AS "more"
      FROM (${found} LIMIT ${options.countUpTo + 1}) AS found`,
  ]);
  const { total = 0, more = false } = counted[0] ?? {};
  return { ids: page.map(({ id }) => id), total, totalIsAtLeast: more };
};
