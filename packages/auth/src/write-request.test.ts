import { AppError } from "@vax/core";
import { describe, expect, it } from "vitest";
import { assertSameOrigin, assertWriteMediaType } from "./write-request";

const appOrigin = "http://localhost:3000";
const url = `${appOrigin}/api/v1/programmes`;

const refusal = (check: () => void): string | undefined => {
  try {
    check();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
};

const write = (headers: Record<string, string>, method = "POST", body: string | null = "{}") =>
  new Request(url, { method, headers, body });

describe("assertWriteMediaType", () => {
  it("lets JSON and multipart writes through, and reads that change nothing", () => {
    expect(refusal(() => assertWriteMediaType(write({ "content-type": "application/json" })))).toBeUndefined();
    expect(
      refusal(() => assertWriteMediaType(write({ "content-type": "application/json; charset=UTF-8" }, "PUT"))),
    ).toBeUndefined();
    expect(
      refusal(() => assertWriteMediaType(write({ "content-type": "multipart/form-data; boundary=abc" }))),
    ).toBeUndefined();
    expect(refusal(() => assertWriteMediaType(new Request(url, { headers: { "content-type": "text/plain" } })))).toBe(
      undefined,
    );
  });

  it("lets a write with no body and no type through (deactivate, revoke)", () => {
    expect(refusal(() => assertWriteMediaType(write({}, "POST", null)))).toBeUndefined();
    expect(refusal(() => assertWriteMediaType(write({ "content-length": "0" }, "DELETE", null)))).toBeUndefined();
  });

  it("refuses with 415 what an HTML form sends across sites, and bodies without a type", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "text/xml", "application/jsonp"]) {
      expect(refusal(() => assertWriteMediaType(write({ "content-type": type })))).toBe("UNSUPPORTED_MEDIA_TYPE");
    }
    expect(refusal(() => assertWriteMediaType(write({ "content-length": "2" }, "PATCH", null)))).toBe(
      "UNSUPPORTED_MEDIA_TYPE",
    );
    expect(refusal(() => assertWriteMediaType(write({ "transfer-encoding": "chunked" }, "DELETE", null)))).toBe(
      "UNSUPPORTED_MEDIA_TYPE",
    );
  });
});

describe("assertSameOrigin", () => {
  it("accepts a write from the app's own pages, by Origin or Sec-Fetch-Site", () => {
    expect(refusal(() => assertSameOrigin(write({ origin: appOrigin }), appOrigin, "required"))).toBeUndefined();
    // The app opened under another name (127.0.0.1): the browser still says same-origin.
    expect(
      refusal(() =>
        assertSameOrigin(
          write({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }),
          appOrigin,
          "required",
        ),
      ),
    ).toBeUndefined();
  });

  it("refuses with 403 a cookie-session write from another site, or one that says nothing", () => {
    const foreign: Record<string, string>[] = [
      { origin: "http://evil.example" },
      { origin: "http://localhost:3001", "sec-fetch-site": "same-site" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { origin: "http://localhost:3000.evil.example" },
      { origin: "https://localhost:3000" },
      {},
    ];
    for (const headers of foreign) {
      expect(refusal(() => assertSameOrigin(write(headers), appOrigin, "required"))).toBe("FORBIDDEN");
    }
  });

  it("without a session lets a caller that is not a browser through, but never another site's page", () => {
    expect(refusal(() => assertSameOrigin(write({}), appOrigin, "if-sent"))).toBeUndefined();
    expect(refusal(() => assertSameOrigin(write({ origin: "http://evil.example" }), appOrigin, "if-sent"))).toBe(
      "FORBIDDEN",
    );
    expect(refusal(() => assertSameOrigin(write({ "sec-fetch-site": "cross-site" }), appOrigin, "if-sent"))).toBe(
      "FORBIDDEN",
    );
  });

  it("leaves reads alone", () => {
    const read = new Request(url, { headers: { origin: "http://evil.example" } });
    expect(refusal(() => assertSameOrigin(read, appOrigin, "required"))).toBeUndefined();
  });
});
