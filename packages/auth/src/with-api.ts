import { jsonResponse } from "./json-response";
import "server-only";
import { appUrl, type TAppName } from "@vax/config/app-urls";
import { AppError, type TActor } from "@vax/core";
import type { NextAuthOptions } from "next-auth";
import { errorResponse } from "./error-response";
import { can, type TPermission } from "./permissions";
import { getActor } from "./session";
import { assertSameOrigin, assertWriteMediaType } from "./write-request";

/** What a wrapped route handler receives. */
export type TApiContext<P> = { request: Request; actor: TActor; params: P };

/**
 * Options of {@link withApi}: the permission the route needs (null for a route every signed-in
 * user may call, such as changing one's own password), the app it belongs to, and its auth options.
 */
export type WithApiOptions = { permission: TPermission | null; app: TAppName; auth: NextAuthOptions };

/**
 * Wraps a route handler once with everything every API route does: a write must send JSON or
 * multipart (415) and, as the session is a cookie, come from the app's own pages (403); then the
 * session (401 without one), the permission (403), and mapping the result or any error to JSON.
 */
export const withApi =
  <P extends Record<string, string> = Record<string, never>>(
    handler: (context: TApiContext<P>) => Promise<unknown>,
    { permission, app, auth }: WithApiOptions,
  ) =>
  async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      assertWriteMediaType(request);
      assertSameOrigin(request, appUrl(app).origin, "required");
      const actor = await getActor(auth);
      if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to use this API");
      if (permission && actor.mustChangePassword) {
        throw new AppError("FORBIDDEN", "Choose your own password first: you signed in with a one-time password");
      }
      if (permission && !can(actor.role, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this");
      const result = await handler({ request, actor, params: await context.params });
      return result instanceof Response ? result : jsonResponse(result);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
