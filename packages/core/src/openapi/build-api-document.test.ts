import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildApiDocument } from "./build-api-document";
import { renderApiDocsPage } from "./render-api-docs-page";

const document = buildApiDocument({
  app: "facility",
  title: "Test <API>",
  description: "For the test",
  version: "1",
  operations: [
    {
      method: "post",
      path: "/api/v1/things/{id}",
      tag: "Things",
      summary: "Change a <script>thing</script>",
      auth: "apiToken",
      permission: "thing:write",
      pathParams: z.object({ id: z.string() }),
      body: { schema: z.object({ name: z.string().max(10) }), maxBytes: 1024 },
      success: { status: 201, description: "Changed", schema: z.object({ id: z.string() }) },
      errors: { 404: "No such thing" },
    },
    {
      method: "get",
      path: "/api/open",
      tag: "Open",
      summary: "Anyone",
      auth: "public",
      success: { status: 200, description: "Yes" },
    },
    {
      method: "post",
      path: "/api/problems",
      tag: "Open",
      summary: "Refuses with problem details",
      auth: "public",
      body: { schema: z.object({}) },
      success: { status: 200, description: "Yes" },
      errorBody: { schema: z.object({ type: z.string() }), mediaType: "application/problem+json" },
    },
  ],
});

describe("buildApiDocument", () => {
  const operation = document.paths?.["/api/v1/things/{id}"]?.post;

  it("describes the body and parameters from the zod schemas", () => {
    expect(operation?.parameters).toEqual([expect.objectContaining({ in: "path", name: "id", required: true })]);
    expect(operation?.requestBody).toMatchObject({
      content: { "application/json": { schema: { properties: { name: { type: "string", maxLength: 10 } } } } },
    });
    expect(operation?.responses?.["201"]).toMatchObject({
      content: { "application/json": { schema: { properties: { id: { type: "string" } } } } },
    });
  });

  it("adds the refusals the operation's auth and body imply, each with the error body", () => {
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual([
      "201",
      "400",
      "401",
      "403",
      "404",
      "413",
      "415",
      "500",
      "503",
    ]);
    expect(operation?.responses?.["413"]?.description).toContain("1024 bytes");
    expect(operation?.responses?.["404"]).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } },
    });
    expect(document.paths?.["/api/open"]?.get?.responses).not.toHaveProperty("401");
  });

  it("gives every refusal the operation's own error body when it has one", () => {
    const responses = document.paths?.["/api/problems"]?.post?.responses ?? {};
    expect(Object.keys(responses).sort()).toEqual(["200", "400", "413", "415", "500", "503"]);
    for (const status of ["400", "413", "500"]) {
      expect(responses[status]).toMatchObject({
        content: { "application/problem+json": { schema: { properties: { type: { type: "string" } } } } },
      });
    }
  });

  it("names the bearer token for API clients and nothing for public operations", () => {
    expect(operation?.security).toEqual([{ bearerToken: [] }]);
    expect(document.paths?.["/api/open"]?.get?.security).toEqual([]);
    expect(document.components?.securitySchemes?.sessionCookie).toMatchObject({
      in: "cookie",
      name: "vax-facility.session-token",
    });
  });
});

describe("renderApiDocsPage", () => {
  const page = renderApiDocsPage(document);

  it("lists each operation with its method and path", () => {
    expect(page).toContain('<span class="method post">POST</span> <code>/api/v1/things/{id}</code>');
    expect(page).toContain("Needs `thing:write`.");
  });

  it("escapes what the document says, and runs no script", () => {
    expect(page).toContain("Change a &lt;script&gt;thing&lt;/script&gt;");
    expect(page).toContain("<title>Test &lt;API&gt;</title>");
    expect(page).not.toContain("<script");
  });
});
