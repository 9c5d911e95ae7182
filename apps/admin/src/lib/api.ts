import type { TPermission } from "@vax/auth/permissions";
import { type TApiContext, withApi } from "@vax/auth/with-api";
import { authOptions } from "./auth";

/** Wraps an admin API route with the session, the permission (null: any signed-in user) and the error mapping. */
export const adminApi = <P extends Record<string, string> = Record<string, never>>(
  permission: TPermission | null,
  handler: (context: TApiContext<P>) => Promise<unknown>,
) => withApi<P>(handler, { permission, app: "admin", auth: authOptions });
