import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { adminApiDocument } from "../../apps/admin/src/lib/openapi/document";
import { citizenApiDocument } from "../../apps/citizen/src/lib/openapi/document";
import { facilityApiDocument } from "../../apps/facility/src/lib/openapi/document";
import { verifyApiDocument } from "../../apps/verify/src/lib/openapi/document";
import { apiRouteOperations } from "./route-tree";

const documents = {
  admin: adminApiDocument,
  facility: facilityApiDocument,
  citizen: citizenApiDocument,
  verify: verifyApiDocument,
};

// NextAuth's own sign-in endpoints speak its protocol, not this API's: they are left out on purpose.
const UNDOCUMENTED = /^\/api\/auth\/\{\.\.\.nextauth\}$/;

const appDir = (app: string) => fileURLToPath(new URL(`../../apps/${app}/src/app`, import.meta.url));

const documentedOperations = (document: ReturnType<typeof adminApiDocument>) =>
  Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`),
  );

describe.each(Object.entries(documents))("the %s app's API document", (app, build) => {
  const document = build();
  const routes = apiRouteOperations(appDir(app))
    .filter((route) => !UNDOCUMENTED.test(route.path))
    .map((route) => `${route.method.toUpperCase()} ${route.path}`);

  it("describes every route handler's method, and nothing that has no route", () => {
    expect(routes.length).toBeGreaterThan(3);
    expect(documentedOperations(document).sort()).toEqual([...routes].sort());
  });

  it("is OpenAPI 3.1 whose every schema compiles as JSON Schema 2020-12", () => {
    expect(document.openapi).toBe("3.1.0");
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(document, "document");
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item as Record<string, { responses: object }>)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          for (const mediaType of Object.keys((response as { content?: object }).content ?? {})) {
            const pointer = ["paths", path, method, "responses", status, "content", mediaType]
              .map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1"))
              .join("/");
            const media = (response as { content: Record<string, { schema?: unknown }> }).content[mediaType];
            if (media?.schema)
              expect(ajv.getSchema(`document#/${pointer}/schema`), `${method} ${path} ${status}`).toBeTypeOf(
                "function",
              );
          }
        }
      }
    }
  });

  it("answers every refusal with the error body (problem details on the W3C VC API), and secures every non-public operation", () => {
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item as Record<string, Record<string, unknown>>)) {
        const responses = operation.responses as Record<string, { content?: Record<string, { schema?: unknown }> }>;
        // The VC API's own routes report errors as its specification says: RFC 9457 problem details.
        const [mediaType, body] = (operation.tags as string[]).includes("W3C VC API")
          ? ["application/problem+json", "VcProblemDetails"]
          : ["application/json", "ErrorBody"];
        for (const [status, response] of Object.entries(responses)) {
          if (Number(status) < 400) continue;
          expect(response.content?.[mediaType]?.schema, `${method} ${path} ${status}`).toEqual({
            $ref: `#/components/schemas/${body}`,
          });
        }
        const secured = (operation.security as unknown[]).length > 0;
        expect(secured, `${method} ${path}`).toBe(Object.hasOwn(responses, "401"));
      }
    }
  });
});
