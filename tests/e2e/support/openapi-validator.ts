import { type APIRequestContext, type APIResponse, expect } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type TOperation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type TDocument = { openapi: string; paths: Record<string, Record<string, TOperation>> };

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/**
 * An app's served OpenAPI document, to check real answers against: a response must have a status
 * the operation documents, and its JSON body must match that status's schema (JSON Schema 2020-12).
 */
export const openApiValidator = async (request: APIRequestContext, baseUrl: string) => {
  const served = await request.get(`${baseUrl}/api/openapi.json`);
  expect(served.status()).toBe(200);
  const document = (await served.json()) as TDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, "document");

  /** Checks an answer of `METHOD path` (the documented path, `{id}` and all) against the document. */
  return async (method: string, path: string, response: APIResponse): Promise<void> => {
    const operation = document.paths[path]?.[method.toLowerCase()];
    expect(operation, `${method} ${path} is in the document`).toBeDefined();
    const status = String(response.status());
    const documented = operation?.responses[status];
    expect(documented, `${method} ${path} documents status ${status}`).toBeDefined();
    const mediaType = (response.headers()["content-type"] ?? "").split(";")[0]?.trim() ?? "";
    expect(Object.keys(documented?.content ?? {}), `${method} ${path} ${status} media type`).toContain(mediaType);
    if (!documented?.content?.[mediaType]?.schema) return;
    const validate = ajv.getSchema(
      `document#/${pointer("paths", path, method.toLowerCase(), "responses", status, "content", mediaType)}/schema`,
    );
    if (!validate) throw new Error(`No schema for ${method} ${path} ${status}`);
    const body: unknown = await response.json();
    expect(validate(body) ? [] : validate.errors, `${method} ${path} ${status} matches its schema`).toEqual([]);
  };
};
