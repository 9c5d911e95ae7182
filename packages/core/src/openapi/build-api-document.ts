import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { ZErrorBody } from "../schemas/error-body";
import type { TApiAuth, TApiOperation, TApiSuccess } from "./api-operation";

/** What one app's document is made of. */
export type BuildApiDocumentOptions = {
  app: "admin" | "facility" | "citizen" | "verify";
  title: string;
  description: string;
  version: string;
  operations: TApiOperation[];
};

/** The generated document, as served at `/api/openapi.json`. */
export type TApiDocument = ReturnType<typeof createDocument>;

// The limit of `parseBody` when a route names none (packages/auth).
const DEFAULT_BODY_LIMIT = 64 * 1024;

const securityOf: Record<TApiAuth, Array<Record<string, string[]>>> = {
  public: [],
  session: [{ sessionCookie: [] }],
  apiToken: [{ bearerToken: [] }],
  sessionOrApiToken: [{ sessionCookie: [] }, { bearerToken: [] }],
};

const errorResponse = (description: string, body: TApiOperation["errorBody"]) => ({
  description,
  content: { [body?.mediaType ?? "application/json"]: { schema: body?.schema ?? ZErrorBody } },
});

// The refusals that follow from how an operation is called, so no operation can forget them.
const impliedErrors = (operation: TApiOperation): Record<string, string> => {
  const errors: Record<string, string> = {};
  if (operation.body || operation.query || operation.pathParams || operation.headers) {
    errors["400"] = "VALIDATION_FAILED: a field is missing or wrong; `details` names each";
  }
  if (operation.auth !== "public") errors["401"] = "UNAUTHENTICATED: no valid session or token";
  if (operation.auth !== "public") {
    errors["403"] = operation.auth === "apiToken" ? "FORBIDDEN: the token lacks the scope" : "FORBIDDEN: not allowed";
  }
  if (operation.body) {
    errors["413"] = `PAYLOAD_TOO_LARGE: the body is over ${operation.body.maxBytes ?? DEFAULT_BODY_LIMIT} bytes`;
    errors["415"] = "UNSUPPORTED_MEDIA_TYPE: the body is not sent as the media type documented";
  }
  return errors;
};

const describe = (operation: TApiOperation): string | undefined => {
  const needs = operation.permission ? `Needs \`${operation.permission}\`.` : undefined;
  const text = [operation.description, needs].filter(Boolean).join("\n\n");
  return text || undefined;
};

const successResponse = (answer: TApiSuccess) => ({
  description: answer.description,
  content: { [answer.mediaType ?? "application/json"]: answer.schema ? { schema: answer.schema } : {} },
});

const toOperationObject = (operation: TApiOperation): ZodOpenApiOperationObject => {
  const { success, body } = operation;
  const errors = {
    ...impliedErrors(operation),
    ...operation.errors,
    500: "INTERNAL: something failed on the server",
    503: "UNAVAILABLE: too busy to start now; nothing was changed, send it again after `Retry-After` seconds",
  };
  return {
    operationId: `${operation.method}${operation.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c = "") => c.toUpperCase())}`,
    tags: [operation.tag],
    summary: operation.summary,
    description: describe(operation),
    security: securityOf[operation.auth],
    requestParams: Object.fromEntries(
      Object.entries({ path: operation.pathParams, query: operation.query, header: operation.headers }).filter(
        ([, schema]) => schema !== undefined,
      ),
    ),
    requestBody: body && {
      required: true,
      content: { [body.mediaType ?? "application/json"]: { schema: body.schema } },
    },
    responses: {
      ...Object.fromEntries(
        [success, ...(operation.otherSuccesses ?? [])].map((answer) => [answer.status, successResponse(answer)]),
      ),
      ...Object.fromEntries(
        Object.entries(errors).map(([status, text]) => [status, errorResponse(text, operation.errorBody)]),
      ),
    },
  };
};

/**
 * An app's OpenAPI 3.1 document, generated from the zod schemas its routes parse and answer with:
 * every operation with its security (session cookie or bearer token), its parameters and bodies,
 * and the `{error: {code, message, details}}` body of each refusal.
 */
export const buildApiDocument = ({ app, title, description, version, operations }: BuildApiDocumentOptions) => {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: toOperationObject(operation) };
  }
  const tags = [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name }));
  return createDocument({
    openapi: "3.1.0",
    info: { title, description, version },
    tags,
    paths,
    components: {
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: `vax-${app}.session-token`,
          description:
            "The session of the app's own pages (named `__Secure-vax-" +
            app +
            ".session-token` over https). Writes must also come from the app's own origin.",
        },
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description:
            "An API client's token, from the admin portal's API clients page: `Authorization: Bearer <token>`",
        },
      },
    },
  });
};
