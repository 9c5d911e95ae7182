import { AppError } from "@vax/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_BODY_LIMIT, parseBody, parseFormData } from "./parse-request";

const ZAny = z.unknown();
const url = "http://localhost:3000/api/v1/things";

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
};

/** A body streamed in chunks, as a chunked upload sends it: no Content-Length; counts what was pulled. */
const streamedRequest = (chunk: Uint8Array, chunks: number, contentType = "application/json") => {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count >= chunks) return controller.close();
      pulled.count++;
      controller.enqueue(chunk);
    },
  });
  const request = new Request(url, {
    method: "POST",
    body,
    headers: { "content-type": contentType },
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
};

describe("parseBody", () => {
  it("reads a JSON body up to the limit", async () => {
    const json = JSON.stringify({ name: "x".repeat(DEFAULT_BODY_LIMIT - 20) });
    expect(json.length).toBeLessThanOrEqual(DEFAULT_BODY_LIMIT);
    const request = new Request(url, { method: "POST", body: json, headers: { "content-type": "application/json" } });
    expect(await parseBody(request, ZAny)).toEqual(JSON.parse(json));
  });

  it("accepts a charset parameter and any case", async () => {
    const request = new Request(url, {
      method: "POST",
      body: '{"a":1}',
      headers: { "content-type": "Application/JSON; charset=utf-8" },
    });
    expect(await parseBody(request, ZAny)).toEqual({ a: 1 });
  });

  it("refuses a body whose Content-Length passes the limit before reading it (413)", async () => {
    const request = new Request(url, {
      method: "POST",
      body: "x".repeat(DEFAULT_BODY_LIMIT + 1),
      headers: { "content-type": "application/json", "content-length": String(DEFAULT_BODY_LIMIT + 1) },
    });
    expect(await codeOf(parseBody(request, ZAny))).toBe("PAYLOAD_TOO_LARGE");
    expect(request.bodyUsed).toBe(false);
  });

  it("cuts off a chunked body without Content-Length at the limit, without reading the rest (413)", async () => {
    // An endless body: 1,000,000 chunks of 16 KB. Reading it whole would take 16 GB.
    const { request, pulled } = streamedRequest(new Uint8Array(16 * 1024).fill(32), 1_000_000);
    expect(request.headers.get("content-length")).toBeNull();
    expect(await codeOf(parseBody(request, ZAny))).toBe("PAYLOAD_TOO_LARGE");
    expect(pulled.count).toBeLessThanOrEqual(DEFAULT_BODY_LIMIT / (16 * 1024) + 2);
  });

  it("lets a route allow a larger body, which the default limit refuses", async () => {
    const json = `${" ".repeat(2 * 1024 * 1024)}[1]`;
    const request = () =>
      new Request(url, { method: "POST", body: json, headers: { "content-type": "application/json" } });
    expect(await parseBody(request(), ZAny, { maxBytes: 5 * 1024 * 1024 })).toEqual([1]);
    expect(await codeOf(parseBody(request(), ZAny))).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses any type but JSON with 415, and reads nothing", async () => {
    for (const contentType of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonx",
      "",
    ]) {
      const request = new Request(url, { method: "POST", body: '{"a":1}', headers: { "content-type": contentType } });
      if (contentType === "") request.headers.delete("content-type");
      expect(await codeOf(parseBody(request, ZAny))).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(request.bodyUsed).toBe(false);
    }
  });

  it("answers VALIDATION_FAILED for a body that is not JSON or not UTF-8", async () => {
    for (const body of ["{not json", "", new Uint8Array([0x22, 0xff, 0xfe, 0x22])]) {
      const request = new Request(url, { method: "POST", body, headers: { "content-type": "application/json" } });
      expect(await codeOf(parseBody(request, ZAny))).toBe("VALIDATION_FAILED");
    }
  });
});

describe("parseFormData", () => {
  const form = () => {
    const data = new FormData();
    data.set("kind", "facilities");
    data.set("file", new Blob(["name,district\nPHC,Bengaluru\n"], { type: "text/csv" }), "facilities.csv");
    return data;
  };

  it("reads a multipart upload within the route's limit", async () => {
    const parsed = await parseFormData(new Request(url, { method: "POST", body: form() }), { maxBytes: 10_000 });
    expect(parsed.get("kind")).toBe("facilities");
    expect(await (parsed.get("file") as File).text()).toContain("PHC,Bengaluru");
  });

  it("refuses an upload over the limit (413) and a body that is not multipart (415)", async () => {
    expect(await codeOf(parseFormData(new Request(url, { method: "POST", body: form() }), { maxBytes: 100 }))).toBe(
      "PAYLOAD_TOO_LARGE",
    );
    const json = new Request(url, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await codeOf(parseFormData(json, { maxBytes: 10_000 }))).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});
