/** What went wrong, as a caller can act on it; each code maps to one HTTP status. */
export const AppErrorCode = {
  /** The input failed validation; `details` lists each field and why. */
  VALIDATION_FAILED: "VALIDATION_FAILED",
  /** No session or API token, or one that is not valid. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** Signed in, but the role or scope does not allow this. */
  FORBIDDEN: "FORBIDDEN",
  /** The thing asked for does not exist in the caller's tenant. */
  NOT_FOUND: "NOT_FOUND",
  /** The change clashes with what is stored (a name or code already taken). */
  CONFLICT: "CONFLICT",
  /** Too many attempts; try again later. */
  RATE_LIMITED: "RATE_LIMITED",
  /** The request is well formed but breaks a business rule. */
  UNPROCESSABLE: "UNPROCESSABLE",
  /** The request, or the certificate in it, is larger than accepted (a body cap, or a decoder's size limit). */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** The request body is not of a type the route accepts (JSON, or multipart where a file is sent). */
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  /** Something failed on our side. */
  INTERNAL: "INTERNAL",
  /** The database is too busy to take the request now (no connection came in time); try again shortly. */
  UNAVAILABLE: "UNAVAILABLE",
} as const;

/** One of {@link AppErrorCode}. */
export type TAppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

/** One field's problem: where in the input, and why. */
export type TErrorDetail = { path: string; message: string };

/** HTTP status for each error code, used by the one place that maps errors to responses. */
export const httpStatusOf: Record<TAppErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNPROCESSABLE: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

/** The one error type use cases throw for anything a caller should be told. */
export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly details: TErrorDetail[];

  constructor(code: TAppErrorCode, message: string, details: TErrorDetail[] = []) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

/** A RATE_LIMITED refusal that says when to come back; the error mapping sends it as `Retry-After`. */
export class RateLimitedError extends AppError {
  readonly retryAt: Date;

  constructor(message: string, retryAt: Date) {
    super("RATE_LIMITED", message);
    this.name = "RateLimitedError";
    this.retryAt = retryAt;
  }
}
