import { jsonResponse } from "./json-response";
import "server-only";
import { AppError, authenticateApiClient, type TActor } from "@vax/core";
import type { TApiScope } from "@vax/core/schemas";
import { errorResponse } from "./error-response";
import { assertWriteMediaType } from "./write-request";

/** What a route handler wrapped by {@link withApiClient} receives. */
export type TApiClientContext<P> = { request: Request; actor: TActor; params: P };

/** The bearer token of a request, or null without an `Authorization: Bearer …` header. */
export const bearerToken = (request: Request): string | null => {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
};

/**
 * Wraps a route handler for API clients: a write must send JSON or multipart (415), the bearer
 * token must be valid (401) and carry the scope (403); the result or any error is mapped to JSON
 * as every API route does. A token is no cookie a browser sends by itself, so there is no origin
 * to check.
 */
export const withApiClient =
  <P extends Record<string, string> = Record<string, never>>(
    scope: TApiScope,
    handler: (context: TApiClientContext<P>) => Promise<unknown>,
  ) =>
  async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      assertWriteMediaType(request);
      const token = bearerToken(request);
      if (!token) throw new AppError("UNAUTHENTICATED", "Send the API client's token as Authorization: Bearer <token>");
      const actor = await authenticateApiClient({ token, scope });
      const result = await handler({ request, actor, params: await context.params });
      return result instanceof Response ? result : jsonResponse(result);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
