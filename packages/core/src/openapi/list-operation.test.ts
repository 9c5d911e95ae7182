import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildApiDocument } from "./build-api-document";
import { listOperation } from "./list-operation";

describe("listOperation", () => {
  const operation = listOperation({
    path: "/api/v1/things",
    tag: "Things",
    auth: "session",
    permission: "thing:read",
    summary: "Page the things",
    query: z.object({ page: z.coerce.number().int().optional() }),
    item: z.object({ name: z.string() }),
    pageOf: "things",
  });
  const document = buildApiDocument({
    app: "admin",
    title: "T",
    description: "D",
    version: "1",
    operations: [operation],
  });
  const get = document.paths?.["/api/v1/things"]?.get;

  it("is a GET with the query and a page of the items", () => {
    expect(get?.parameters).toEqual([expect.objectContaining({ in: "query", name: "page" })]);
    expect(get?.responses?.["200"]).toMatchObject({
      description: "A page of things",
      content: {
        "application/json": {
          schema: {
            required: ["items", "total", "page", "pageSize"],
            properties: { items: { type: "array", items: { properties: { name: { type: "string" } } } } },
          },
        },
      },
    });
  });

  it("keeps the refusals a query and a session imply", () => {
    expect(Object.keys(get?.responses ?? {}).sort()).toEqual(["200", "400", "401", "403", "500", "503"]);
  });
});
