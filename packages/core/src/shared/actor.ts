import type { Role } from "@vax/db";
import { AppError } from "../errors";

/** Who is asking: a signed-in user, an API client, a citizen signed in with their number, or the system itself. */
export type TActor = {
  type: "USER" | "API_CLIENT" | "CITIZEN" | "SYSTEM";
  id: string | null;
  label: string;
  tenantId: string | null;
  role: Role | null;
  facilityId: string | null;
  /** A user signed in with a one-time password, who must choose their own before anything else. */
  mustChangePassword?: boolean;
};

/** The tenant an actor changes things in; platform admins, who belong to none, are refused. */
export const tenantOf = (actor: TActor): string => {
  if (!actor.tenantId) {
    throw new AppError(
      "FORBIDDEN",
      "This account belongs to no tenant; sign in as a tenant admin to change its set-up",
    );
  }
  return actor.tenantId;
};

/** Whether a use case only reads records or changes them. */
export type TAccess = "read" | "change";

/**
 * A Prisma `where` fragment that keeps a query inside the actor's tenant. A platform admin reads
 * every tenant's records but changes none: a tenant's set-up is its own admins' to change.
 */
export const tenantFilter = (actor: TActor, access: TAccess = "read"): { tenantId?: string } =>
  access === "read" && actor.role === "PLATFORM_ADMIN" && !actor.tenantId ? {} : { tenantId: tenantOf(actor) };
