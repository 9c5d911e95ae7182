import { AppError, httpStatusOf } from "@vax/core";
import type { TErrorBody } from "@vax/core/schemas";
import { ZodError } from "zod";

/** Maps any error to the API's error response; the one place that does. Unknown errors are logged and hidden. */
export const errorResponse = (error: unknown): Response => {
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    return Response.json(
      { error: { code: "VALIDATION_FAILED", message: "The request has invalid fields", details } } satisfies TErrorBody,
      { status: 400 },
    );
  }
  if (error instanceof AppError) {
    return Response.json(
      { error: { code: error.code, message: error.message, details: error.details } } satisfies TErrorBody,
      { status: httpStatusOf[error.code] },
    );
  }
  console.error(error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side", details: [] } } satisfies TErrorBody,
    { status: 500 },
  );
};
