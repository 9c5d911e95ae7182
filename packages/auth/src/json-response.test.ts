import { describe, expect, it } from "vitest";
import { jsonResponse } from "./json-response";

describe("jsonResponse", () => {
  it("declares the length in bytes of the JSON it carries, beside the status and headers given", async () => {
    const response = jsonResponse({ name: "Ānanda" }, { status: 409, headers: { "retry-after": "3" } });
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("retry-after")).toBe("3");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
    expect(bytes.byteLength).toBe('{"name":"Ānanda"}'.length + 1);
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual({ name: "Ānanda" });
  });

  it("refuses a body that is not JSON, as Response.json does", () => {
    expect(() => jsonResponse(undefined)).toThrow(TypeError);
  });
});
