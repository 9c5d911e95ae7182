import type { APIResponse } from "@playwright/test";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// A page of each app that opens without a session; only the verify app uses the camera.
const apps = [
  { app: "admin", page: "/sign-in", camera: "()" },
  { app: "facility", page: "/sign-in", camera: "()" },
  { app: "citizen", page: "/sign-in", camera: "()" },
  { app: "verify", page: "/", camera: "(self)" },
] as const;

type TApp = (typeof apps)[number];

const directivesOf = (response: APIResponse) =>
  Object.fromEntries(
    (response.headers()["content-security-policy"] ?? "").split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );

const expectSecurityHeaders = (response: APIResponse, { camera }: Pick<TApp, "camera">) => {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain(`camera=${camera}`);
  // The e2e platform is on http://localhost: no HSTS, which would pin localhost to https.
  expect(headers["strict-transport-security"]).toBeUndefined();
  const directives = directivesOf(response);
  expect(directives["frame-ancestors"]).toEqual(["'none'"]);
  expect(directives["object-src"]).toEqual(["'none'"]);
  expect(directives["script-src"]).not.toContain("'unsafe-inline'");
  // No app evaluates code, the verify page included (its EU DCC schema is precompiled).
  expect(directives["script-src"]).not.toContain("'unsafe-eval'");
  return directives;
};

test.describe("every response carries the security headers", () => {
  for (const { app, page, ...policy } of apps) {
    test(`${app}: a page runs only its own nonce'd scripts, and API answers and static files have the headers too`, async ({
      request,
    }) => {
      const baseUrl = urls[app];
      const pageResponse = await request.get(`${baseUrl}${page}`);
      expect(pageResponse.status()).toBe(200);
      const pageDirectives = expectSecurityHeaders(pageResponse, policy);
      const nonce = /^'nonce-(.+)'$/.exec(
        pageDirectives["script-src"]?.find((source) => source.startsWith("'nonce-")) ?? "",
      )?.[1];
      expect(nonce, "the page's policy has a nonce").toBeTruthy();
      expect(pageDirectives["script-src"]).toContain("'strict-dynamic'");
      const html = await pageResponse.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

      // A fresh nonce for each response: one read off a page cannot be reused.
      const again = directivesOf(await request.get(`${baseUrl}${page}`));
      expect(again["script-src"]).not.toEqual(pageDirectives["script-src"]);

      const api = await request.get(`${baseUrl}/api/health`);
      expect(api.status()).toBe(200);
      expect(expectSecurityHeaders(api, policy)["script-src"]?.[0]).toBe("'self'");
      expect(expectSecurityHeaders(api, policy)["script-src"]).not.toContain("'strict-dynamic'");

      const chunk = /<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
      expect(chunk).toBeDefined();
      const file = await request.get(`${baseUrl}${chunk}`);
      expect(file.status()).toBe(200);
      expectSecurityHeaders(file, policy);
    });
  }

  test("the next-auth cookies carry the app's name, and are not Secure on plain http", async ({ request }) => {
    const response = await request.get(`${urls.admin}/api/auth/csrf`);
    const cookie = response.headers()["set-cookie"] ?? "";
    expect(cookie).toMatch(/^vax-admin\.csrf-token=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).not.toContain("Secure");
    expectSecurityHeaders(response, apps[0]);
  });
});
