import "server-only";
import { AppError, authenticateApiClient, problemOfError, RateLimitedError, type TActor } from "@vax/core";
import type { TApiScope } from "@vax/core/schemas";
import { jsonResponse } from "./json-response";
import { bearerToken } from "./with-api-client";
import { assertWriteMediaType } from "./write-request";

// Prisma's "Unable to start a transaction in the given time": nothing changed, the caller may send it again.
const isDatabaseBusy = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2028";

/**
 * Maps any error of a W3C VC API route to an RFC 9457 problem details answer
 * (`application/problem+json`), as that specification reports errors; the other routes keep
 * `{error: {code, message, details}}` (errorResponse). Unknown errors are logged and hidden.
 */
export const vcApiProblemResponse = (error: unknown): Response => {
  const busy = isDatabaseBusy(error);
  const cause = busy ? new AppError("UNAVAILABLE", "The service is busy; try again in a moment") : error;
  const problem = problemOfError(cause);
  if (problem.status === 500) console.error(error);
  const retryAfter = busy
    ? "2"
    : cause instanceof RateLimitedError
      ? String(Math.max(1, Math.ceil((cause.retryAt.getTime() - Date.now()) / 1000)))
      : undefined;
  const response = jsonResponse(problem, {
    status: problem.status,
    headers: retryAfter ? { "Retry-After": retryAfter } : undefined,
  });
  response.headers.set("content-type", "application/problem+json");
  return response;
};

/** What a VC API route handler for API clients receives. */
export type TVcApiClientContext = { request: Request; actor: TActor };

/**
 * Wraps a VC API route for API clients as {@link withApiClient} does (JSON writes, bearer token,
 * scope), answering errors as problem details and the handler's result with `status` (201 for an
 * issued credential, as the specification says).
 */
export const withVcApiClient =
  (scope: TApiScope, handler: (context: TVcApiClientContext) => Promise<unknown>, status: 200 | 201 = 200) =>
  async (request: Request): Promise<Response> => {
    try {
      assertWriteMediaType(request);
      const token = bearerToken(request);
      if (!token) throw new AppError("UNAUTHENTICATED", "Send the API client's token as Authorization: Bearer <token>");
      const actor = await authenticateApiClient({ token, scope });
      return jsonResponse(await handler({ request, actor }), { status });
    } catch (error) {
      return vcApiProblemResponse(error);
    }
  };
