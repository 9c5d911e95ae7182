import type { Prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";

/** Whether the actor is the platform admin, who manages the platform-wide entries and every tenant's. */
const isPlatformAdmin = (actor: TActor) => actor.role === "PLATFORM_ADMIN" && !actor.tenantId;

/**
 * The tenant whose trust entries the actor manages: null (platform-wide) for a platform admin, the
 * actor's tenant for its admins and API clients; anyone else is refused, since trusting an issuer
 * decides which certificates every verifier of the platform accepts.
 */
export const trustOwnerOf = (actor: TActor): string | null => {
  if (isPlatformAdmin(actor)) return null;
  if (actor.tenantId && (actor.role === "TENANT_ADMIN" || actor.type === "API_CLIENT")) return actor.tenantId;
  throw new AppError("FORBIDDEN", "Only a platform admin or a tenant admin manages trusted issuers");
};

/** A `where` fragment for the trust entries the actor may read and change: all for a platform admin, else its tenant's. */
export const trustFilter = (actor: TActor): Prisma.TrustedIssuerWhereInput => {
  const owner = trustOwnerOf(actor);
  return owner === null ? {} : { tenantId: owner };
};
