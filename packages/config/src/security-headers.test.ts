import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const headerMap = (options: Parameters<typeof securityHeaders>[0]) =>
  Object.fromEntries(securityHeaders(options).map(({ key, value }) => [key, value]));

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );

describe("securityHeaders", () => {
  it("gives every app on http its policy, nosniff, a same-origin referrer, no framing, and no HSTS", () => {
    const headers = headerMap({ app: "admin", https: false });
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect(directives(headers["content-security-policy"] ?? "")["frame-ancestors"]).toEqual(["'none'"]);
    expect(headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("adds HSTS and upgrades insecure requests on https", () => {
    const headers = headerMap({ app: "citizen", https: true });
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headers["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("allows the camera on the verify app only, on its own origin", () => {
    expect(headerMap({ app: "verify", https: false })["permissions-policy"]).toContain("camera=(self)");
    for (const app of ["admin", "facility", "citizen"] as const) {
      expect(headerMap({ app, https: false })["permissions-policy"]).toContain("camera=()");
    }
  });
});

describe("contentSecurityPolicy", () => {
  it("runs no inline script and nothing from elsewhere without a nonce", () => {
    const policy = directives(contentSecurityPolicy({ app: "facility", https: false }));
    expect(policy["script-src"]).toEqual(["'self'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
    expect(policy["worker-src"]).toEqual(["'self'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
  });

  it("runs a page's scripts by its nonce, and what they load by 'strict-dynamic'", () => {
    const policy = directives(contentSecurityPolicy({ app: "citizen", https: false, nonce: "abc123==" }));
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    expect(policy["img-src"]).toEqual(["'self'", "data:", "blob:"]);
  });

  it("lets only the admin portal frame blob: URLs (its template preview PDF)", () => {
    expect(directives(contentSecurityPolicy({ app: "admin", https: false }))["frame-src"]).toEqual(["blob:"]);
    for (const app of ["facility", "citizen", "verify"] as const) {
      expect(directives(contentSecurityPolicy({ app, https: false }))["frame-src"]).toBeUndefined();
    }
  });

  it("lets code be evaluated under next dev only: the verify page's DCC schema is precompiled", () => {
    expect(contentSecurityPolicy({ app: "admin", https: false, development: true })).toContain("'unsafe-eval'");
    for (const app of ["admin", "facility", "citizen", "verify"] as const) {
      expect(contentSecurityPolicy({ app, https: false, nonce: "abc" })).not.toContain("'unsafe-eval'");
    }
  });
});
