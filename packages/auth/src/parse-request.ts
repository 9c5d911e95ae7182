import { AppError } from "@vax/core";
import type { z } from "zod";
import { mediaTypeOf } from "./write-request";

/** The largest body a route reads unless it says otherwise: far more than any form or check sends. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** How much of a body a route reads at most, in bytes. */
export type TBodyLimit = { maxBytes?: number };

const tooLarge = (maxBytes: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than this API accepts (${maxBytes} bytes)`);

/**
 * Reads a request body, refusing it once it passes `maxBytes`: at once when Content-Length says
 * so, else while it streams in, so a chunked body without a length is cut off at the limit too
 * and never held whole in memory.
 */
export const readBodyBytes = async (request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> => {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
};

const requireJson = (request: Request) => {
  if (mediaTypeOf(request) !== "application/json") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON, with Content-Type: application/json");
  }
};

const parseJson = <S extends z.ZodType>(bytes: Uint8Array, schema: S): z.output<S> => {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("VALIDATION_FAILED", "The request body must be JSON", [{ path: "", message: "Not valid JSON" }]);
  }
  return schema.parse(body);
};

/**
 * Parses a JSON body with a schema. Only `application/json` is read (415 otherwise), at most
 * `maxBytes` of it (413, 64 KB unless the route allows more); a body that is not UTF-8 JSON is a
 * VALIDATION_FAILED, not a 500.
 */
export const parseBody = async <S extends z.ZodType>(
  request: Request,
  schema: S,
  { maxBytes = DEFAULT_BODY_LIMIT }: TBodyLimit = {},
): Promise<z.output<S>> => {
  requireJson(request);
  return parseJson(await readBodyBytes(request, maxBytes), schema);
};

/**
 * Parses a JSON body that may be left out: an empty body is parsed as `{}`, so the schema's
 * defaults apply; a body that is sent is read as {@link parseBody} reads it.
 */
export const parseOptionalBody = async <S extends z.ZodType>(
  request: Request,
  schema: S,
  { maxBytes = DEFAULT_BODY_LIMIT }: TBodyLimit = {},
): Promise<z.output<S>> => {
  const bytes = await readBodyBytes(request, maxBytes);
  if (new TextDecoder().decode(bytes).trim() === "") return schema.parse({});
  requireJson(request);
  return parseJson(bytes, schema);
};

/**
 * Reads a multipart/form-data body (a file upload), at most `maxBytes` of it; anything else is a
 * 415. The route chooses its own limit, as files are larger than JSON.
 */
export const parseFormData = async (request: Request, { maxBytes }: Required<TBodyLimit>): Promise<FormData> => {
  if (mediaTypeOf(request) !== "multipart/form-data") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as multipart/form-data");
  }
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return await new Response(bytes, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new AppError("VALIDATION_FAILED", "The request body is not valid multipart/form-data");
  }
};

/** Parses the query string with a schema. */
export const parseQuery = <S extends z.ZodType>(request: Request, schema: S): z.output<S> =>
  schema.parse(Object.fromEntries(new URL(request.url).searchParams));
