import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { platformApps } from "./lib/apps";
import { platformMode } from "./lib/platform-mode";
import { runApps, waitForHealth } from "./lib/run-apps";

// npm run serve -- <app> [--port N]: one copy of one app against the PostgreSQL in DATABASE_URL,
// for running many copies behind a load balancer. Unlike `npm start` it migrates, seeds and builds
// nothing, so that N copies starting at once never race: `npm run db:migrate` and `npm run build`
// are done once, before.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = (line: string) => console.log(`[serve] ${line}`);
const names = platformApps.map((app) => app.name).join(" | ");
const USAGE = `Usage: npm run serve -- <${names}> [--port <port>]`;

const fail = (problem: string, code = 1): never => {
  console.error(`[serve] ${problem}`);
  process.exit(code);
};

const { positionals, values } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { port: { type: "string", short: "p" } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
})();
const app = platformApps.find((candidate) => candidate.name === positionals[0]);
if (!app || positionals.length !== 1)
  fail(`${positionals[0] ? `unknown app "${positionals[0]}"` : "no app given"}\n${USAGE}`, 2);
if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) fail(`--port must be a port number\n${USAGE}`, 2);
const chosen = app as (typeof platformApps)[number];

const checked = platformMode(process.env);
if (!checked.ok) fail(`Not starting in production: ${checked.problems.join("; ")}.`);
// Every copy must sign the same sessions and open the same sealed keys, so nothing may be made up here.
const missing = ["DATABASE_URL", "NEXTAUTH_SECRET", "VAX_KEY_ENCRYPTION_KEY"].filter((name) => !process.env[name]);
if (missing.length > 0) {
  fail(`${missing.join(", ")} not set: every copy of every app and worker must be given the same ones.`);
}
if (!existsSync(path.join(root, chosen.dir, ".next", "BUILD_ID"))) {
  fail(`${chosen.name} is not built: run \`npm run build\` once first.`);
}

if (values.port) process.env[`${chosen.name.toUpperCase()}_PORT`] = values.port;
const demo = checked.ok && checked.mode.demo;
const running = runApps(root, { VAX_DEMO: demo ? "true" : "false" }, [chosen]);
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await running.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
void running.exited.then(({ code }) => {
  if (!stopping) fail(`${chosen.name} stopped (exit code ${code}).`);
});
try {
  await waitForHealth([chosen]);
  log(`${chosen.title} healthy on port ${values.port ?? chosen.port}`);
} catch (error) {
  console.error(`[serve] ${(error as Error).message}`);
  await stop(1);
}
