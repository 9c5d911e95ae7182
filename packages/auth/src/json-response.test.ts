import { describe, expect, it } from "vitest";
import { jsonResponse } from "./json-response";

describe("jsonResponse", () => {
  it("carries the JSON with the status and headers given, kept by no cache", async () => {
    const response = jsonResponse({ name: "Ānanda" }, { status: 409, headers: { "retry-after": "3" } });
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("retry-after")).toBe("3");
    expect(await response.json()).toEqual({ name: "Ānanda" });
  });

  it("lets the server compress a long answer but not a short one", () => {
    expect(jsonResponse({ status: "REVOKED" }).headers.get("cache-control")).toBe("no-store, no-transform");
    expect(jsonResponse({ rows: "x".repeat(2_000) }).headers.get("cache-control")).toBe("no-store");
  });

  it("keeps a cache policy the caller set", () => {
    const response = jsonResponse({}, { headers: { "cache-control": "public, max-age=60" } });
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
  });

  it("refuses a body that is not JSON, as Response.json does", () => {
    expect(() => jsonResponse(undefined)).toThrow(TypeError);
  });
});
