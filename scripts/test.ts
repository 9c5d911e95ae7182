import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readReport } from "./test/read-results";
import { runCommand } from "./test/run-command";
import { testStages } from "./test/stages";
import { formatSummary, type StageResult } from "./test/summary";

// npm test: every stage runs even after a failure, so one run shows everything that is wrong.
process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
mkdirSync("test-results", { recursive: true });

const results: StageResult[] = [];
for (const stage of testStages(process.env)) {
  console.log(`\n[test] ── ${stage.name}: ${stage.command} ${stage.args.join(" ")}`);
  // A report left by an earlier run must never stand in for this one.
  if (stage.report) rmSync(stage.report.file, { force: true });
  const { code, ms } = await runCommand(stage.command, stage.args, stage.env);
  const counts = stage.report
    ? readReport(stage.report.file, stage.report.read)
    : { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, notes: [] };
  if (stage.report && code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`exited with code ${code} though no test failed (an error outside the tests; see its output)`);
  }
  results.push({ name: stage.name, ms, ...counts });
}

console.log(`\n${formatSummary(results)}`);
process.exitCode = results.some((result) => result.failed > 0) ? 1 : 0;
