import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPlaywrightReport, readReport, readVitestReport } from "./read-results";

const scratch = mkdtempSync(path.join(tmpdir(), "read-results-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const written = (name: string, report: unknown): string => {
  const file = path.join(scratch, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
};

describe("readVitestReport", () => {
  it("counts the tests and names each failing one, and a file that did not load", () => {
    const file = written("vitest.json", {
      numPassedTests: 2,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 0,
      testResults: [
        {
          name: path.join(process.cwd(), "packages/a/a.test.ts"),
          status: "failed",
          assertionResults: [
            { status: "passed", fullName: "a works" },
            { status: "failed", fullName: "a scans a QR" },
          ],
        },
        { name: "b.test.ts", status: "failed", message: "Cannot find module x\nstack", assertionResults: [] },
      ],
    });
    expect(readVitestReport(file)).toEqual({
      passed: 2,
      failed: 2,
      skipped: 1,
      notes: ["failed: packages/a/a.test.ts > a scans a QR", "b.test.ts did not run: Cannot find module x"],
    });
  });
});

describe("readPlaywrightReport", () => {
  it("names the failing specs in nested suites and counts a flaky test as passed", () => {
    const spec = (title: string, line: number, status: string) => ({
      title,
      file: "e2e/x.spec.ts",
      line,
      tests: [{ status }],
    });
    const file = written("playwright.json", {
      stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 0 },
      suites: [
        {
          specs: [spec("ok", 3, "expected")],
          suites: [{ specs: [spec("breaks", 9, "unexpected"), spec("wobbles", 12, "flaky")] }],
        },
      ],
    });
    expect(readPlaywrightReport(file)).toEqual({
      passed: 2,
      failed: 1,
      skipped: 0,
      notes: ["failed: e2e/x.spec.ts:9 breaks", "1 flaky (passed on retry)"],
    });
  });
});

describe("readReport", () => {
  it("counts a missing or unreadable report as one failure", () => {
    expect(readReport(path.join(scratch, "none.json"), readVitestReport)).toMatchObject({ failed: 1 });
    expect(readReport(written("bad.json", "not a report"), readVitestReport)).toMatchObject({ failed: 1 });
  });
});
