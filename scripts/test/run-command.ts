import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";

/** How a command ended and how long it took. */
export type CommandOutcome = { code: number; ms: number };

/**
 * Runs a command and resolves when it ends, never rejecting. Its output goes to the terminal, or to
 * `logFile` when given (a command running beside another would otherwise interleave with it).
 */
export const runCommand = (
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile?: string,
): Promise<CommandOutcome> => {
  const started = Date.now();
  return new Promise((resolve) => {
    const log = logFile ? createWriteStream(logFile) : undefined;
    const child = spawn(command, args, { stdio: log ? ["ignore", "pipe", "pipe"] : "inherit", env });
    if (log) {
      child.stdout?.pipe(log, { end: false });
      child.stderr?.pipe(log, { end: false });
    }
    const finish = (code: number) => {
      const outcome = { code, ms: Date.now() - started };
      if (log) log.end(() => resolve(outcome));
      else resolve(outcome);
    };
    child.on("error", (error) => {
      console.error(`[test] Could not run ${command}: ${error.message}`);
      finish(127);
    });
    child.on("close", (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
};
