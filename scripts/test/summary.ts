import type { Counts } from "./read-results";

/** One stage's outcome, as the summary prints it. */
export type StageResult = Counts & { name: string; ms: number };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** The per-suite table, the reasons for failures without a failing test, and the one-line total last. */
export const formatSummary = (results: StageResult[]): string => {
  const width = Math.max(5, ...results.map((result) => result.name.length));
  const row = (cells: string[]) =>
    `${cells[0]?.padEnd(width)}  ${cells
      .slice(1)
      .map((cell) => cell.padStart(7))
      .join("  ")}`;
  const lines = [row(["suite", "passed", "failed", "skipped", "time"])];
  for (const result of results) {
    lines.push(row([result.name, ...[result.passed, result.failed, result.skipped].map(String), seconds(result.ms)]));
  }
  for (const result of results) for (const note of result.notes) lines.push(`  ${result.name}: ${note}`);
  const total = (key: "passed" | "failed" | "skipped") => results.reduce((sum, result) => sum + result[key], 0);
  const skipped = total("skipped");
  lines.push("", `${total("passed")} passed, ${total("failed")} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
  return lines.join("\n");
};
