import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readReport } from "./test/read-results";
import { runCommand } from "./test/run-command";
import { type Stage, testStages } from "./test/stages";
import { formatSummary, type StageResult } from "./test/summary";

// npm test: every stage runs even after a failure, so one run shows everything that is wrong.
process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
mkdirSync("test-results", { recursive: true });

const runStage = async (stage: Stage): Promise<StageResult> => {
  // A report left by an earlier run must never stand in for this one.
  if (stage.report) rmSync(stage.report.file, { force: true });
  const { code, ms } = await runCommand(stage.command, stage.args, stage.env, stage.besidePrevious?.log);
  if (stage.besidePrevious) {
    console.log(`\n[test] ── ${stage.name} (ran beside the stage before; its output follows)`);
    console.log(readFileSync(stage.besidePrevious.log, "utf8"));
  }
  const counts = stage.report
    ? readReport(stage.report.file, stage.report.read)
    : { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, notes: [] };
  if (stage.report && code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`exited with code ${code} though no test failed (an error outside the tests; see its output)`);
  }
  return { name: stage.name, ms, ...counts };
};

const stages = testStages(process.env);
const results: StageResult[] = [];
for (let index = 0; index < stages.length; index++) {
  const stage = stages[index] as Stage;
  const beside = stages[index + 1]?.besidePrevious ? stages[++index] : undefined;
  console.log(`\n[test] ── ${stage.name}: ${stage.command} ${stage.args.join(" ")}`);
  if (beside) console.log(`[test] ── beside it, ${beside.name}: ${beside.command} ${beside.args.join(" ")}`);
  // Both start together; the results keep the stages' order.
  results.push(...(await Promise.all([runStage(stage), ...(beside ? [runStage(beside)] : [])])));
}

console.log(`\n${formatSummary(results)}`);
process.exitCode = results.some((result) => result.failed > 0) ? 1 : 0;
