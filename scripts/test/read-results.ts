import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Tests counted in one suite, and why a suite counted as failed without a failing test. */
export type Counts = { passed: number; failed: number; skipped: number; notes: string[] };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName: string }[];
  }[];
};

type PlaywrightSuite = {
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; line: number; tests: { status: string }[] }[];
};

type PlaywrightReport = PlaywrightSuite & {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
};

// The failing tests are named at the end of the run, where a CI log that keeps only its tail still shows them.
const failedSpecs = (suite: PlaywrightSuite): string[] => [
  ...(suite.specs ?? [])
    .filter((spec) => spec.tests.some((test) => test.status === "unexpected"))
    .map((spec) => `failed: ${spec.file}:${spec.line} ${spec.title}`),
  ...(suite.suites ?? []).flatMap(failedSpecs),
];

/** Counts a vitest JSON report; a file that failed to load (no test ran) counts as one failure. */
export const readVitestReport = (file: string): Counts => {
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  const brokenFiles = report.testResults.filter(
    (result) => result.status === "failed" && !result.assertionResults.some((test) => test.status === "failed"),
  );
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
    notes: [
      ...report.testResults.flatMap((result) =>
        result.assertionResults
          .filter((test) => test.status === "failed")
          .map((test) => `failed: ${path.relative(process.cwd(), result.name)} > ${test.fullName}`),
      ),
      ...brokenFiles.map((result) => `${result.name} did not run: ${result.message?.split("\n")[0] ?? "see above"}`),
    ],
  };
};

/** Counts a Playwright JSON report; a flaky test passed on retry, an error outside tests is a failure. */
export const readPlaywrightReport = (file: string): Counts => {
  const report = JSON.parse(readFileSync(file, "utf8")) as PlaywrightReport;
  const { stats, errors = [] } = report;
  const notes = failedSpecs(report);
  notes.push(...errors.map((error) => (error.message ?? "an error outside the tests").split("\n")[0] ?? ""));
  if (stats.flaky > 0) notes.push(`${stats.flaky} flaky (passed on retry)`);
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (stats.unexpected === 0 ? errors.length : 0),
    skipped: stats.skipped,
    notes,
  };
};

/** Reads a suite's report, or counts the suite as one failure when it wrote none. */
export const readReport = (file: string, read: (file: string) => Counts): Counts => {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, notes: [`no result file at ${file}`] };
  try {
    return read(file);
  } catch (error) {
    return { passed: 0, failed: 1, skipped: 0, notes: [`unreadable result file ${file}: ${(error as Error).message}`] };
  }
};
