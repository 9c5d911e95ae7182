import type { TPermission } from "@vax/auth/permissions";
import type { TApiContext } from "@vax/auth/with-api";
import { withApiClient } from "@vax/auth/with-api-client";
import { adminApi } from "./api";

/**
 * Wraps a bulk upload route: a caller sending `Authorization` is an API client that needs the
 * `bulk:write` scope, anyone else a signed-in user of the portal with the permission.
 */
export const bulkApi = <P extends Record<string, string> = Record<string, never>>(
  permission: TPermission,
  handler: (context: TApiContext<P>) => Promise<unknown>,
) => {
  const bySession = adminApi<P>(permission, handler);
  const byToken = withApiClient<P>("bulk:write", handler);
  return (request: Request, context: { params: Promise<P> }): Promise<Response> =>
    request.headers.has("authorization") ? byToken(request, context) : bySession(request, context);
};
