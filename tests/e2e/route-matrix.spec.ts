import { setUpMatrixCallers, type TMatrixCallers } from "./support/matrix-callers";
import { loadSamples, type TSamples } from "./support/matrix-samples";
import { callerName, describeAccess, expectedAnswer } from "./support/route-access";
import { callRoute, inBatches } from "./support/route-call";
import { discoverRoutes } from "./support/route-inventory";
import { ruleTableProblems } from "./support/route-rule-check";
import { routeRules } from "./support/route-rules";
import { expect, test } from "./support/test";

// Requests in flight at once: enough to finish in seconds, few enough for two shared cores.
const CONCURRENCY = 8;

const routes = discoverRoutes();

test.describe("the role × route matrix", () => {
  test("every route of every app on disk has exactly one rule, and every rule a route", () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(ruleTableProblems(routes, routeRules)).toEqual([]);
  });

  test.describe("against the running platform", () => {
    let matrix: TMatrixCallers;
    let samples: TSamples;

    test.beforeAll(async ({ playwright }) => {
      test.setTimeout(90_000);
      const started = Date.now();
      matrix = await setUpMatrixCallers(playwright.request);
      const databaseUrl = process.env.DATABASE_URL;
      if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`");
      samples = await loadSamples(databaseUrl, matrix);
      console.log(
        `[route matrix] ${matrix.callers.length} callers set up in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    });

    test.afterAll(async () => {
      await Promise.all((matrix?.callers ?? []).map(({ request }) => request.dispose()));
    });

    test("every caller gets from every route exactly what the permission table gives", async () => {
      // About 3,000 calls: half a minute on a quiet machine, over 90 s when the machine is busy.
      test.setTimeout(180_000);
      const started = Date.now();
      const cases = routes.flatMap((route) => {
        const rule = routeRules[route.key];
        return rule ? matrix.callers.map((caller) => ({ route, rule, caller })) : [];
      });
      const results = await inBatches(cases, CONCURRENCY, async ({ route, rule, caller }) => {
        const expected = expectedAnswer(route.app, rule.access, caller.caller);
        const observed = await callRoute(route, rule, samples, caller);
        return { route, rule, caller, expected, observed };
      });
      const mismatches = results
        .filter(({ expected, observed }) => observed.answer !== expected)
        .map(
          ({ route, rule, caller, expected, observed }) =>
            `${route.key} (${describeAccess(rule.access)}) as ${callerName(caller.caller)}: expected ${expected}, ` +
            `got ${observed.status} — ${observed.note}`,
        );
      const counts = new Map<string, number>();
      for (const { expected } of results) counts.set(String(expected), (counts.get(String(expected)) ?? 0) + 1);
      const tally = [...counts].map(([answer, count]) => `${count} ${answer}`).join(", ");
      console.log(
        `[route matrix] ${routes.length} routes × ${matrix.callers.length} callers = ${cases.length} calls ` +
          `(${tally}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(mismatches, mismatches.join("\n")).toEqual([]);
    });
  });
});
