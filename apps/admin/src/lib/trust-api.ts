import type { TPermission } from "@vax/auth/permissions";
import type { TApiContext } from "@vax/auth/with-api";
import { sessionOrTokenApi } from "./session-or-token-api";

/**
 * Wraps a trusted-issuer route: a caller sending `Authorization` is an API client that needs the `trust:write`
 * scope (a script keeping a country's DSC list in step), anyone else a signed-in admin with the permission.
 */
export const trustApi = <P extends Record<string, string> = Record<string, never>>(
  permission: Extract<TPermission, `trust:${string}`>,
  handler: (context: TApiContext<P>) => Promise<unknown>,
) => sessionOrTokenApi<P>(permission, "trust:write", handler);
