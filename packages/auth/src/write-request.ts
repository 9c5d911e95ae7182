import { AppError } from "@vax/core";

/** The body types a write may carry: JSON, or multipart where a file is sent. */
const WRITE_MEDIA_TYPES = new Set(["application/json", "multipart/form-data"]);

// Methods that change nothing, which browsers send across sites freely (links, images, forms).
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A request's media type without parameters, in lower case (`application/json; charset=utf-8` → `application/json`). */
export const mediaTypeOf = (request: Request): string =>
  (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

/** Whether a request changes something, so the write checks apply to it. */
export const isWrite = (request: Request): boolean => !SAFE_METHODS.has(request.method.toUpperCase());

const hasBody = (request: Request) =>
  Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding");

/**
 * Refuses (415) a write whose body is anything but JSON or multipart. HTML forms can only send
 * urlencoded, multipart or text/plain bodies to another site without asking it first, and the
 * parsers read JSON only where JSON is meant; a write with no body and no type passes.
 */
export const assertWriteMediaType = (request: Request): void => {
  if (!isWrite(request)) return;
  const type = mediaTypeOf(request);
  if (type === "" && !hasBody(request)) return;
  if (!WRITE_MEDIA_TYPES.has(type)) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the body as JSON (Content-Type: application/json), or as multipart/form-data where a file is sent",
    );
  }
};

/**
 * Refuses (403) a write from a page of another site: the browser says where a request comes from
 * in `Sec-Fetch-Site` and `Origin`, headers a page cannot set. One of them must say this app
 * (`same-origin`, or the app's own origin). With a cookie session (`required`) a write that says
 * neither is refused too, as only the browser holds the cookies; without one (`if-sent`) a
 * caller that is not a browser, and says nothing, passes.
 */
export const assertSameOrigin = (request: Request, appOrigin: string, mode: "required" | "if-sent"): void => {
  if (!isWrite(request)) return;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if (site === "same-origin" || origin === appOrigin) return;
  if (mode === "if-sent" && site === null && origin === null) return;
  throw new AppError(
    "FORBIDDEN",
    `Changes are only accepted from the app's own pages (${appOrigin}): send an Origin header with that value`,
  );
};
