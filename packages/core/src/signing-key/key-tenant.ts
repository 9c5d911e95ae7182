import type { DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";

const MANAGERS = new Set(["PLATFORM_ADMIN", "TENANT_ADMIN"]);
const READERS = new Set([...MANAGERS, "MONITORING"]);

// Keys sign every certificate a tenant issues: the use cases check the role again, not only the routes.
const requireKeyRole = (actor: TActor, write: boolean) => {
  if (!(write ? MANAGERS : READERS).has(actor.role ?? "")) {
    throw new AppError("FORBIDDEN", "Only a tenant admin or the platform admin manages signing keys");
  }
};

/**
 * The tenant whose keys an actor manages: a tenant admin's own, or the one a platform admin names.
 * Another tenant's id from a tenant admin is NOT_FOUND, as if it did not exist.
 */
export const keyTenant = async (
  db: DatabaseTransaction,
  actor: TActor,
  tenantId: string | undefined,
  { write }: { write: boolean },
): Promise<{ id: string; name: string; country: string }> => {
  requireKeyRole(actor, write);
  const id = actor.tenantId ?? tenantId;
  if (!id) throw new AppError("VALIDATION_FAILED", "Say which tenant", [{ path: "tenantId", message: "Required" }]);
  if (actor.tenantId && tenantId && tenantId !== actor.tenantId) throw new AppError("NOT_FOUND", "No such tenant");
  if (!actor.tenantId && actor.role !== "PLATFORM_ADMIN")
    throw new AppError("FORBIDDEN", "Your role does not allow this");
  const tenant = await db.tenant.findUnique({ where: { id }, select: { id: true, name: true, country: true } });
  if (!tenant) throw new AppError("NOT_FOUND", "No such tenant");
  return tenant;
};

/** Reads one key the actor may manage, or NOT_FOUND. */
export const findSigningKey = async (db: DatabaseTransaction, actor: TActor, id: string) => {
  requireKeyRole(actor, true);
  const key = await db.signingKey.findUnique({
    where: { id },
    select: { id: true, tenantId: true, kid: true, use: true, status: true, parentId: true },
  });
  if (!key || (actor.tenantId && key.tenantId !== actor.tenantId)) throw new AppError("NOT_FOUND", "No such key");
  if (!actor.tenantId && actor.role !== "PLATFORM_ADMIN")
    throw new AppError("FORBIDDEN", "Your role does not allow this");
  return key;
};
