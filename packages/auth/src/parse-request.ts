import { AppError } from "@vax/core";
import type { z } from "zod";

/** Parses a JSON body with a schema; a body that is not JSON is a VALIDATION_FAILED, not a 500. */
export const parseBody = async <S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> => {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("VALIDATION_FAILED", "The request body must be JSON", [{ path: "", message: "Not valid JSON" }]);
  }
  return schema.parse(body);
};

/** Parses a JSON body that may be left out: an empty body is parsed as `{}`, so the schema's defaults apply. */
export const parseOptionalBody = async <S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> => {
  const text = await request.text();
  if (text.trim() === "") return schema.parse({});
  return parseBody(new Request(request.url, { method: "POST", body: text }), schema);
};

/** Parses the query string with a schema. */
export const parseQuery = <S extends z.ZodType>(request: Request, schema: S): z.output<S> =>
  schema.parse(Object.fromEntries(new URL(request.url).searchParams));
