import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const E2E_LOCK = "/tmp/vax-e2e.lock";

/** Options for {@link runLockedBench}. */
export type LockedBenchOptions = {
  /** The bench's name, the `bench` of its JSON lines. */
  name: string;
  /** The measurement script to run while the lock is held. */
  measure: URL;
  /** The ports of its own apps, so a bench never meets an e2e run's apps or another bench's. */
  ports: Record<string, string>;
};

/**
 * Runs a bench's measurement while it holds the e2e lock, for its builds and the whole measurement:
 * an e2e run rebuilds the apps' .next, which would pull the files from under the running servers.
 * Only the bench's JSON lines reach stdout; what the servers and turbo print goes to stderr.
 */
export const runLockedBench = async ({ name, measure, ports }: LockedBenchOptions): Promise<void> => {
  console.error(`${name}: waiting for ${E2E_LOCK} (builds and e2e runs take turns)`);
  // -o keeps the lock's descriptor from the children: a PostgreSQL server the bench starts outlives
  // it, and would hold the lock for good.
  const child = spawn("flock", ["-o", E2E_LOCK, process.execPath, ...process.execArgv, measure.pathname], {
    env: { ...process.env, ...ports },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  lines.on("line", (line) => {
    if (line.startsWith(`{"bench":"${name}"`)) process.stdout.write(`${line}\n`);
    else process.stderr.write(`${line}\n`);
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`the ${name} bench failed (exit code ${code})`);
};
