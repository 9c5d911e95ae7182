import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { type PlatformApp, platformApps, portOf } from "./apps";

const require = createRequire(import.meta.url);

/** The four running app servers and the way to stop them all. */
export type RunningApps = { stop: () => Promise<void>; exited: Promise<{ app: string; code: number | null }> };

/** Starts every app with `next start` in production mode, each on its port, with the given env. */
export const runApps = (
  root: string,
  env: NodeJS.ProcessEnv,
  apps: readonly PlatformApp[] = platformApps,
): RunningApps => {
  const nextBin = require.resolve("next/dist/bin/next", { paths: [path.join(root, "apps/admin")] });
  const children: ChildProcess[] = [];
  const exited = Promise.race(
    apps.map((app) => {
      const port = portOf(app);
      const child = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
        cwd: path.join(root, app.dir),
        env: {
          ...process.env,
          ...env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          PORT: String(port),
          NEXTAUTH_URL: `http://localhost:${port}`,
        },
        stdio: ["ignore", "inherit", "inherit"],
      });
      children.push(child);
      return new Promise<{ app: string; code: number | null }>((resolve) =>
        child.on("exit", (code) => resolve({ app: app.name, code })),
      );
    }),
  );
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
            child.once("exit", () => {
              clearTimeout(force);
              resolve();
            });
            child.kill("SIGTERM");
          }),
      ),
    );
  };
  return { stop, exited };
};

/** Waits until every app answers GET /api/health with 200, or throws after the timeout. */
export const waitForHealth = async (
  apps: readonly PlatformApp[] = platformApps,
  timeoutMs = 120_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(apps);
  while (pending.size > 0) {
    for (const app of [...pending]) {
      const ok = await fetch(`http://127.0.0.1:${portOf(app)}/api/health`)
        .then((response) => response.ok)
        .catch(() => false);
      if (ok) pending.delete(app);
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline)
      throw new Error(`Not healthy in time: ${[...pending].map((app) => app.name).join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};
