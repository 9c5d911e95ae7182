import { AppError, httpStatusOf, RateLimitedError } from "@vax/core";
import { translateMessage } from "@vax/core/messages";
import type { TErrorBody } from "@vax/core/schemas";
import { ZodError } from "zod";
import { jsonResponse } from "./json-response";
import { readerLocale } from "./reader-locale";

// Prisma's "Unable to start a transaction in the given time": every connection of the pool stayed busy
// past the wait. The request changed nothing, so the caller may simply send it again.
const isDatabaseBusy = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2028";

/**
 * Maps any error to the API's error response; the one place that does. Unknown errors are logged and
 * hidden. Given the request, its messages are in the reader's language (see readerLocale); the codes
 * and field paths are the same in every language.
 */
export const errorResponse = (error: unknown, request?: Request): Response => {
  const locale = readerLocale(request);
  const say = (message: string) => translateMessage(message, locale);
  if (isDatabaseBusy(error)) {
    console.warn("[api] Refused a request: no database connection came free in time");
    return jsonResponse(
      {
        error: { code: "UNAVAILABLE", message: say("The service is busy; try again in a moment"), details: [] },
      } satisfies TErrorBody,
      { status: 503, headers: { "Retry-After": "2" } },
    );
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join("."), message: say(issue.message) }));
    return jsonResponse(
      {
        error: { code: "VALIDATION_FAILED", message: say("The request has invalid fields"), details },
      } satisfies TErrorBody,
      { status: 400 },
    );
  }
  if (error instanceof AppError) {
    const retryAfter =
      error instanceof RateLimitedError
        ? { "Retry-After": String(Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000))) }
        : undefined;
    return jsonResponse(
      {
        error: {
          code: error.code,
          message: say(error.message),
          details: error.details.map((detail) => ({ ...detail, message: say(detail.message) })),
        },
      } satisfies TErrorBody,
      { status: httpStatusOf[error.code], headers: retryAfter },
    );
  }
  console.error(error);
  return jsonResponse(
    { error: { code: "INTERNAL", message: say("Something went wrong on our side"), details: [] } } satisfies TErrorBody,
    { status: 500 },
  );
};
