import type { Prisma } from "@vax/db";
import { type TActor, tenantFilter } from "../shared/actor";

/**
 * A Prisma `where` fragment for the certificates an actor may read: those of its tenant (every
 * tenant's for a platform admin), and for facility staff only those whose dose was given at their
 * own facility. Facility staff without a facility read none, never the whole tenant. Combine it
 * with other conditions under `AND`, so that none of theirs replaces one of these.
 */
export const readableCertificates = (actor: TActor): Prisma.CertificateWhereInput => {
  const tenant = tenantFilter(actor);
  if (actor.role !== "FACILITY_ADMIN" && actor.role !== "VACCINATOR") return tenant;
  return actor.facilityId
    ? { ...tenant, vaccinationEvent: { facilityId: actor.facilityId } }
    : { ...tenant, id: { in: [] } };
};
