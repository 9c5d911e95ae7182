// Certificate lifecycle: revocations per second through POST /api/v1/certificates/{id}/revoke under many
// concurrent callers, and the time from a revoke's answer until the status list credential the verify app
// serves shows the bit. One JSON line per database: {"bench":"lifecycle","db":…,"revocationsPerSec":N,"statusPublishMs":N}.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const E2E_LOCK = "/tmp/vax-e2e.lock";
// Ports of its own, so the bench never meets an e2e run's apps or the certify and fuzz benches'.
const BENCH_PORTS = { FACILITY_PORT: "4111", VERIFY_PORT: "4113" };

// The lock is held for the builds and the whole measurement, as the certify bench holds it.
console.error(`lifecycle: waiting for ${E2E_LOCK} (builds and e2e runs take turns)`);
const child = spawn(
  "flock",
  ["-o", E2E_LOCK, process.execPath, ...process.execArgv, new URL("./measure.ts", import.meta.url).pathname],
  { env: { ...process.env, ...BENCH_PORTS }, stdio: ["ignore", "pipe", "inherit"] },
);
// next start writes to the same stdout as the figures; only the figures stay on ours.
const lines = createInterface({ input: child.stdout });
lines.on("line", (line) => {
  if (line.startsWith('{"bench":"lifecycle"')) process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
});
const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
if (code !== 0) throw new Error(`the lifecycle bench failed (exit code ${code})`);
