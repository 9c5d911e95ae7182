import type { TPermission } from "@vax/auth/permissions";
import { requirePageActor } from "@vax/auth/session";
import { authOptions } from "./auth";

/** Guards an admin page: redirects to sign-in without a session, reports whether the role may see it. */
export const guardPage = (permission: TPermission, returnTo: string) =>
  requirePageActor(authOptions, permission, returnTo);
