import { describe, expect, it } from "vitest";
import { safeReturnPath, sameOriginRedirect } from "./safe-return-path";

const origin = "http://localhost:3000";

describe("safeReturnPath", () => {
  it("keeps a plain path on the app, with its query and fragment", () => {
    expect(safeReturnPath("/")).toBe("/");
    expect(safeReturnPath("/programmes")).toBe("/programmes");
    expect(safeReturnPath("/programmes?page=2&q=measles%20rubella#list")).toBe(
      "/programmes?page=2&q=measles%20rubella#list",
    );
    expect(safeReturnPath("/certificates/7K3M-9QPA-2XR5")).toBe("/certificates/7K3M-9QPA-2XR5");
    expect(safeReturnPath("/search?next=//not-a-host")).toBe("/search?next=//not-a-host");
  });

  it("keeps the path of an absolute URL on the app's own origin, and only then", () => {
    expect(safeReturnPath("http://localhost:3000/programmes?page=2", origin)).toBe("/programmes?page=2");
    expect(safeReturnPath("http://localhost:3000/programmes")).toBe("/");
    expect(safeReturnPath("http://localhost:3001/", origin)).toBe("/");
    expect(safeReturnPath("https://localhost:3000/", origin)).toBe("/");
    expect(safeReturnPath("http://user:pass@localhost:3000/", origin)).toBe("/");
  });

  // Known open-redirect payloads (OWASP, PayloadsAllTheThings, and the tricks browsers' URL parsers allow).
  const payloads = [
    "//evil.example",
    "///evil.example",
    "////evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "\\evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/%252F%252Fevil.example",
    "/%25252F%25252Fevil.example",
    "/%255Cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "/%0D%0A/evil.example",
    "/%00/evil.example",
    "\u0000//evil.example",
    " //evil.example",
    "/\u2028/evil.example",
    "/\u0085/evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "javascript://%0aalert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "http://evil.example",
    "https://evil.example/programmes",
    "HTTPS://evil.example",
    "http:evil.example",
    "http:/evil.example",
    "https:\\\\evil.example",
    "//localhost:3000@evil.example",
    "http://localhost:3000@evil.example/",
    "http://localhost:3000.evil.example/",
    "http://evil.example#http://localhost:3000/",
    "evil.example",
    "programmes",
    "./programmes",
    "../programmes",
    "?next=/",
    "#/",
    "%2Fprogrammes",
    "",
    `/${"a".repeat(3000)}`,
  ];

  for (const payload of payloads) {
    it(`refuses ${JSON.stringify(payload).slice(0, 60)}`, () => {
      expect(safeReturnPath(payload, origin)).toBe("/");
    });
  }

  it("refuses what is not one string: none, an array from a repeated query parameter, an object", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(null)).toBe("/");
    expect(safeReturnPath(["/programmes", "//evil.example"])).toBe("/");
    expect(safeReturnPath({ toString: () => "/programmes" })).toBe("/");
  });

  it("never returns anything a browser would read as another host", () => {
    for (const payload of payloads) {
      const target = new URL(safeReturnPath(payload, origin), origin);
      expect(target.origin).toBe(origin);
    }
  });
});

describe("sameOriginRedirect", () => {
  const baseUrl = "http://localhost:3000";

  it("sends next-auth's redirects to a path on the app, absolute", () => {
    expect(sameOriginRedirect({ url: "/programmes", baseUrl })).toBe("http://localhost:3000/programmes");
    expect(sameOriginRedirect({ url: "http://localhost:3000/sign-in", baseUrl })).toBe("http://localhost:3000/sign-in");
  });

  it("sends anywhere else to the app's home page", () => {
    for (const url of ["/\\evil.example", "//evil.example", "https://evil.example/", "javascript:alert(1)"]) {
      expect(sameOriginRedirect({ url, baseUrl })).toBe("http://localhost:3000/");
    }
  });
});
