import type { z } from "zod";

/** The HTTP methods a route handler may export, as an OpenAPI path item names them. */
export type THttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * Who may call an operation: anyone; a signed-in user of the app's pages (session cookie); an API
 * client (bearer token); or either of the last two.
 */
export type TApiAuth = "public" | "session" | "apiToken" | "sessionOrApiToken";

/** A successful answer: its status, what it is, and its JSON schema or the media type of a file. */
export type TApiSuccess = {
  status: 200 | 201 | 202;
  description: string;
  /** The zod schema of the JSON body; left out for a file, named by `mediaType`. */
  schema?: z.ZodType;
  mediaType?: string;
};

/**
 * One API operation described next to the zod schemas its route handler parses with, so the
 * document and the validation cannot disagree. `path` is the OpenAPI path (`{id}` for `[id]`).
 */
export type TApiOperation = {
  method: THttpMethod;
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth: TApiAuth;
  /** The role permission (session) or scope (API client) the caller needs. */
  permission?: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  /** The JSON request body, or a multipart form for uploads. */
  body?: { schema: z.ZodType; mediaType?: "application/json" | "multipart/form-data"; maxBytes?: number };
  success: TApiSuccess;
  /** Other successful answers the caller may ask for (a 202 for `Prefer: respond-async`). */
  otherSuccesses?: TApiSuccess[];
  /** Refusals this operation gives besides those its auth and body imply (404, 409, 422, 429, …). */
  errors?: Partial<Record<404 | 409 | 422 | 429 | 503, string>>;
  /** The body of every refusal, when it is not our `{error}` shape (the W3C VC API's problem details). */
  errorBody?: { schema: z.ZodType; mediaType: string };
};
