import type { TPermission } from "@vax/auth/permissions";
import type { TApiContext } from "@vax/auth/with-api";
import { withApiClient } from "@vax/auth/with-api-client";
import type { TApiScope } from "@vax/core/schemas";
import { adminApi } from "./api";

/**
 * Wraps a route that scripts may call too: a caller sending `Authorization` is an API client that needs the
 * scope, anyone else a signed-in user of the portal with the permission.
 */
export const sessionOrTokenApi = <P extends Record<string, string> = Record<string, never>>(
  permission: TPermission,
  scope: TApiScope,
  handler: (context: TApiContext<P>) => Promise<unknown>,
) => {
  const bySession = adminApi<P>(permission, handler);
  const byToken = withApiClient<P>(scope, handler);
  return (request: Request, context: { params: Promise<P> }): Promise<Response> =>
    request.headers.has("authorization") ? byToken(request, context) : bySession(request, context);
};
