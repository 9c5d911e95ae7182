import type { TPermission } from "@vax/auth/permissions";
import type { TApiContext } from "@vax/auth/with-api";
import { sessionOrTokenApi } from "./session-or-token-api";

/**
 * Wraps a bulk upload route: a caller sending `Authorization` is an API client that needs the
 * `bulk:write` scope, anyone else a signed-in user of the portal with the permission.
 */
export const bulkApi = <P extends Record<string, string> = Record<string, never>>(
  permission: TPermission,
  handler: (context: TApiContext<P>) => Promise<unknown>,
) => sessionOrTokenApi<P>(permission, "bulk:write", handler);
