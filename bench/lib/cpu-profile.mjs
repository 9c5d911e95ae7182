// Preloaded into each bench app server (NODE_OPTIONS=--import) when BENCH_CPU_PROFILE_DIR is set: Node 20
// refuses --cpu-prof in NODE_OPTIONS, so the inspector records the profile and writes it when the server is stopped.
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
const dir = process.env.BENCH_CPU_PROFILE_DIR;
const session = new Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.start");

let written = false;
const write = () => {
  if (written || !dir) return;
  written = true;
  // The in-thread session answers synchronously, so this completes before the process exits.
  session.post("Profiler.stop", (error, result) => {
    if (error) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, `${path.basename(process.cwd())}-${process.pid}.cpuprofile`),
      JSON.stringify(result.profile),
    );
  });
};
process.once("SIGTERM", write);
process.once("exit", write);
