import { spawn } from "node:child_process";
import { platformApps } from "./apps";
import { hasCurrentBuild, sourceHash, writeBuildStamp } from "./build-stamp";

const run = (command: string, args: string[], cwd: string) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
    child.on("error", reject);
  });

/** Builds, two at a time, the apps whose production build is missing or older than their sources. */
export const buildStaleApps = async (root: string, log: (line: string) => void): Promise<void> => {
  const hash = await sourceHash(root);
  const stale = [];
  for (const app of platformApps) if (!(await hasCurrentBuild(root, app.dir, hash))) stale.push(app);
  if (stale.length === 0) return;
  log(`Building ${stale.map((app) => app.name).join(", ")} (first start or changed sources; takes a few minutes)…`);
  const filters = stale.flatMap((app) => ["--filter", `./${app.dir}`]);
  await run("npx", ["turbo", "run", "build", "--concurrency=2", "--output-logs=errors-only", ...filters], root);
  for (const app of stale) await writeBuildStamp(root, app.dir, hash);
};
