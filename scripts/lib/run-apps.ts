import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type PlatformApp, platformApps, portOf } from "./apps";

const serveApp = fileURLToPath(new URL("./serve-app.mjs", import.meta.url));

// The variable holding each app's public URL (the verify app's is the issuer's base URL).
const urlVariable = {
  admin: "VAX_ADMIN_URL",
  facility: "VAX_FACILITY_URL",
  citizen: "VAX_CITIZEN_URL",
  verify: "VAX_PUBLIC_URL",
};

/**
 * Each app's public URL: as configured, else localhost on its port. Every app is told all four, so
 * they agree on one another's (the issuer's base URL above all) also when only a port was changed.
 */
export const publicUrls = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(
    platformApps.map((app) => [
      urlVariable[app.name],
      env[urlVariable[app.name]] ?? process.env[urlVariable[app.name]] ?? `http://localhost:${portOf(app)}`,
    ]),
  );

/** The four running app servers and the way to stop them all. */
export type RunningApps = { stop: () => Promise<void>; exited: Promise<{ app: string; code: number | null }> };

/**
 * Starts every app in production mode, each on its port, with the given env: as `next start`
 * would, through scripts/lib/serve-app.mjs, which tells the app the address of each request's peer.
 */
export const runApps = (
  root: string,
  env: NodeJS.ProcessEnv,
  apps: readonly PlatformApp[] = platformApps,
): RunningApps => {
  const children: ChildProcess[] = [];
  const urls = publicUrls(env);
  const exited = Promise.race(
    apps.map((app) => {
      const port = portOf(app);
      const child = spawn(process.execPath, [serveApp, "--port", String(port)], {
        cwd: path.join(root, app.dir),
        env: {
          ...process.env,
          ...env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          PORT: String(port),
          ...urls,
          // next-auth's own redirects and callbacks go to the app's public URL.
          NEXTAUTH_URL: urls[urlVariable[app.name]],
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
