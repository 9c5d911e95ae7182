import "server-only";
import { errorResponse } from "@vax/auth";
import { assertSameOrigin, assertWriteMediaType } from "@vax/auth/write-request";
import { appUrl } from "@vax/config/app-urls";
import { AppError, type TCitizen } from "@vax/core";
import { getCitizen } from "./citizen-session";

/**
 * Wraps a route only a signed-in citizen may call: a write must send JSON and, as the session is a
 * cookie, come from the portal's own pages (403); no session is a 401; the result or any error is
 * mapped to JSON. `status` is the answer's status on success.
 */
export const citizenApi =
  (handler: (context: { request: Request; citizen: TCitizen }) => Promise<unknown>, { status = 200 } = {}) =>
  async (request: Request): Promise<Response> => {
    try {
      assertWriteMediaType(request);
      assertSameOrigin(request, appUrl("citizen").origin, "required");
      const citizen = await getCitizen();
      if (!citizen) throw new AppError("UNAUTHENTICATED", "Sign in with your mobile number first");
      return Response.json(await handler({ request, citizen }), {
        status,
        headers: { "Cache-Control": "private, no-store" },
      });
    } catch (error) {
      return errorResponse(error, request);
    }
  };
