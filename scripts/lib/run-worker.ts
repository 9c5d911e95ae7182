import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { publicUrls } from "./run-apps";

/** The running notification worker and the way to stop it. */
export type RunningWorker = { stop: () => Promise<void>; exited: Promise<{ code: number | null }> };

/**
 * Starts the notification worker (scripts/worker.ts, as `npm run worker` would) with the given env
 * and the apps' public URLs, which its messages link to and its PDFs print.
 */
export const runWorker = (root: string, env: NodeJS.ProcessEnv): RunningWorker => {
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/worker.ts")], {
    cwd: root,
    env: { ...process.env, ...env, ...publicUrls(env) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<{ code: number | null }>((resolve) => child.on("exit", (code) => resolve({ code })));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return { stop, exited };
};
