import { AppError } from "../errors";
import type { TActor } from "./actor";

/**
 * Refuses anyone but a platform admin. Route permissions already keep others out; the use cases
 * check again because a tenant is the boundary everything else is scoped by.
 */
export const requirePlatformAdmin = (actor: TActor): void => {
  if (actor.role !== "PLATFORM_ADMIN" || actor.tenantId) {
    throw new AppError("FORBIDDEN", "Only a platform admin manages tenants");
  }
};
