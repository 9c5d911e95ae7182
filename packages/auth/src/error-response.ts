import { AppError, httpStatusOf, RateLimitedError } from "@vax/core";
import type { TErrorBody } from "@vax/core/schemas";
import { ZodError } from "zod";
import { jsonResponse } from "./json-response";

/** Maps any error to the API's error response; the one place that does. Unknown errors are logged and hidden. */
export const errorResponse = (error: unknown): Response => {
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
