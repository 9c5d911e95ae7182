import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { platformApps } from "../scripts/lib/apps";
import { canSignIn, expectedAnswer, type TCaller } from "./e2e/support/route-access";
import { discoverRoutes, routePath } from "./e2e/support/route-inventory";
import { ruleTableProblems } from "./e2e/support/route-rule-check";
import { routeRules } from "./e2e/support/route-rules";

// The route matrix's rule table checked without a running platform: a route added without a rule
// fails here, in the unit tests, before the e2e run.

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const repositoryWith = (files: Record<string, string>): string => {
  const dir = mkdtempSync(path.join(tmpdir(), "vax-routes-"));
  scratch.push(dir);
  for (const app of platformApps) mkdirSync(path.join(dir, app.dir, "src/app"), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
};

describe("the route inventory", () => {
  it("reads each exported method however it is written, and pages, with groups dropped and parameters named", () => {
    const dir = repositoryWith({
      "apps/admin/src/app/api/v1/things/[id]/route.ts":
        "export const GET = () => null;\nexport async function PUT() {}\nconst handler = () => null;\nexport { handler as DELETE };\nexport const dynamic = 'force-dynamic';",
      "apps/admin/src/app/(portal)/things/[id]/page.tsx": "export default function Page() {}",
      "apps/admin/src/app/api/auth/[...nextauth]/route.ts": "const h = () => null; export { h as GET, h as POST };",
      "apps/admin/src/app/_parts/route.ts": "export const GET = () => null;",
      "apps/verify/src/app/page.tsx": "export default function Home() {}",
    });
    const keys = discoverRoutes(dir).map(({ key, params, file }) => ({ key, params, file }));
    expect(keys).toEqual(
      expect.arrayContaining([
        {
          key: "admin GET /api/v1/things/{id}",
          params: ["id"],
          file: "apps/admin/src/app/api/v1/things/[id]/route.ts",
        },
        {
          key: "admin PUT /api/v1/things/{id}",
          params: ["id"],
          file: "apps/admin/src/app/api/v1/things/[id]/route.ts",
        },
        {
          key: "admin DELETE /api/v1/things/{id}",
          params: ["id"],
          file: "apps/admin/src/app/api/v1/things/[id]/route.ts",
        },
        { key: "admin PAGE /things/{id}", params: ["id"], file: "apps/admin/src/app/(portal)/things/[id]/page.tsx" },
        { key: "admin GET /api/auth/{...nextauth}", params: ["nextauth"], file: expect.any(String) },
        { key: "admin POST /api/auth/{...nextauth}", params: ["nextauth"], file: expect.any(String) },
        { key: "verify PAGE /", params: [], file: "apps/verify/src/app/page.tsx" },
      ]),
    );
    expect(keys).toHaveLength(7);
  });

  it("fills a pattern's parameters, a catch-all's with its slashes", () => {
    expect(routePath({ pattern: "/tenants/{slug}/status/{purpose}" }, { slug: "a b", purpose: "revocation" })).toBe(
      "/tenants/a%20b/status/revocation",
    );
    expect(routePath({ pattern: "/api/auth/{...nextauth}" }, { nextauth: "callback/credentials" })).toBe(
      "/api/auth/callback/credentials",
    );
    expect(() => routePath({ pattern: "/x/{id}" }, {})).toThrow("No value for {id}");
  });
});

describe("the rule table", () => {
  it("has exactly one rule for every route of the four apps, and no rule without a route", () => {
    expect(ruleTableProblems(discoverRoutes(), routeRules)).toEqual([]);
  });

  it("names a new route without a rule, and says what to add and where", () => {
    const dir = repositoryWith({
      "apps/admin/src/app/api/v1/widgets/[id]/route.ts": "export const GET = () => null;",
    });
    expect(ruleTableProblems(discoverRoutes(dir), {})).toEqual([
      'apps/admin/src/app/api/v1/widgets/[id]/route.ts exports GET with no rule: add "admin GET /api/v1/widgets/{id}": ' +
        'session("<permission>", { params: { id: "<sample>" } }) to tests/e2e/support/route-rules.ts ' +
        '(or open(), citizen(), token("<scope>"), as the route is protected).',
    ]);
  });

  it("names a rule whose route is gone, and a read whose parameter has no sample", () => {
    const dir = repositoryWith({ "apps/citizen/src/app/things/[id]/page.tsx": "export default function P() {}" });
    const problems = ruleTableProblems(discoverRoutes(dir), {
      "citizen PAGE /things/{id}": { access: { kind: "citizen" } },
      "citizen GET /gone": { access: { kind: "public" } },
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^"citizen PAGE \/things\/\{id\}" reads with parameter \{id\} but its rule gives no sample/,
      ),
      expect.stringMatching(/^The rule "citizen GET \/gone" matches no route on disk/),
    ]);
  });
});

describe("the answer each caller should get", () => {
  const anonymous: TCaller = { kind: "anonymous" };
  const monitoringAdmin: TCaller = { kind: "user", role: "MONITORING", app: "admin" };
  const tenantAdmin: TCaller = { kind: "user", role: "TENANT_ADMIN", app: "admin" };
  const facilityAdminInFacility: TCaller = { kind: "user", role: "FACILITY_ADMIN", app: "facility" };
  const citizen: TCaller = { kind: "citizen" };
  const reader: TCaller = { kind: "token", scope: "certificate:read" };
  const issuer: TCaller = { kind: "token", scope: "certificate:issue" };

  it("is 401 without the credentials a route takes, 403 with ones that lack its right, in otherwise", () => {
    const write = { kind: "session", permission: "programme:write" } as const;
    expect(expectedAnswer("admin", write, anonymous)).toBe(401);
    expect(expectedAnswer("admin", write, monitoringAdmin)).toBe(403);
    expect(expectedAnswer("admin", write, tenantAdmin)).toBe("allowed");
    // A session of another app is no session here, and a token is no session at all.
    expect(expectedAnswer("admin", write, facilityAdminInFacility)).toBe(401);
    expect(expectedAnswer("admin", write, reader)).toBe(401);
    expect(expectedAnswer("admin", { kind: "session", permission: null }, monitoringAdmin)).toBe("allowed");
  });

  it("takes a token by its scope, and a citizen or a session only where the rule says", () => {
    const files = { kind: "token", scope: "certificate:read", citizen: true } as const;
    expect(expectedAnswer("citizen", files, reader)).toBe("allowed");
    expect(expectedAnswer("citizen", files, issuer)).toBe(403);
    expect(expectedAnswer("citizen", files, citizen)).toBe("allowed");
    expect(expectedAnswer("citizen", files, tenantAdmin)).toBe(401);
    expect(expectedAnswer("facility", { kind: "token", scope: "certificate:issue" }, citizen)).toBe(401);
    const bulk = { kind: "token", scope: "certificate:issue", session: "facility:write" } as const;
    expect(expectedAnswer("admin", bulk, tenantAdmin)).toBe("allowed");
    expect(expectedAnswer("admin", bulk, monitoringAdmin)).toBe(403);
    expect(expectedAnswer("citizen", { kind: "citizen" }, reader)).toBe(401);
    expect(expectedAnswer("verify", { kind: "public" }, anonymous)).toBe("allowed");
  });

  it("lets a role sign in only to the apps its permissions open", () => {
    expect(canSignIn("VACCINATOR", "admin")).toBe(false);
    expect(canSignIn("VACCINATOR", "facility")).toBe(true);
    expect(canSignIn("TENANT_ADMIN", "facility")).toBe(false);
    expect(canSignIn("MONITORING", "admin")).toBe(true);
  });
});
