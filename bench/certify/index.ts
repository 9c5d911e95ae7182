// Certificates issued per second through the certify API (signed, stored, status index taken), over
// HTTP against the built facility app, on the embedded database and on PostgreSQL 15, in batches.
// One JSON line per database and batch size.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { facilityApp } from "./facility-build.ts";

const E2E_LOCK = "/tmp/vax-e2e.lock";
// Its own port, so the bench never meets an e2e run's apps on 3000-3003.
const BENCH_FACILITY_PORT = "4101";

// The lock is held for the build and the whole measurement: an e2e run rebuilds the facility app's
// .next, which would pull the files from under the running server. -o keeps the lock's descriptor
// from the children: a PostgreSQL server the bench starts outlives it, and would hold the lock for good.
console.error(`certify: waiting for ${E2E_LOCK} (builds and e2e runs take turns)`);
const child = spawn(
  "flock",
  ["-o", E2E_LOCK, process.execPath, ...process.execArgv, new URL("./measure.ts", import.meta.url).pathname],
  {
    env: { ...process.env, [`${facilityApp.name.toUpperCase()}_PORT`]: BENCH_FACILITY_PORT },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
// next start and turbo write to the same stdout as the figures; only the figures stay on ours.
const lines = createInterface({ input: child.stdout });
lines.on("line", (line) => {
  if (line.startsWith('{"bench":"certify"')) process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
});
const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
if (code !== 0) throw new Error(`the certify bench failed (exit code ${code})`);
