import { AppError, httpStatusOf, RateLimitedError } from "@vax/core";
import type { TErrorBody } from "@vax/core/schemas";
import { ZodError } from "zod";
import { jsonResponse } from "./json-response";

// Prisma's "Unable to start a transaction in the given time": every connection of the pool stayed busy
// past the wait. The request changed nothing, so the caller may simply send it again.
const isDatabaseBusy = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2028";

/** Maps any error to the API's error response; the one place that does. Unknown errors are logged and hidden. */
export const errorResponse = (error: unknown): Response => {
  if (isDatabaseBusy(error)) {
    console.warn("[api] Refused a request: no database connection came free in time");
    return jsonResponse(
      {
        error: { code: "UNAVAILABLE", message: "The service is busy; try again in a moment", details: [] },
      } satisfies TErrorBody,
      { status: 503, headers: { "Retry-After": "2" } },
    );
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    return jsonResponse(
      { error: { code: "VALIDATION_FAILED", message: "The request has invalid fields", details } } satisfies TErrorBody,
      { status: 400 },
    );
  }
  if (error instanceof AppError) {
    const retryAfter =
      error instanceof RateLimitedError
        ? { "Retry-After": String(Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000))) }
        : undefined;
    return jsonResponse(
      { error: { code: error.code, message: error.message, details: error.details } } satisfies TErrorBody,
      { status: httpStatusOf[error.code], headers: retryAfter },
    );
  }
  console.error(error);
  return jsonResponse(
    { error: { code: "INTERNAL", message: "Something went wrong on our side", details: [] } } satisfies TErrorBody,
    { status: 500 },
  );
};
