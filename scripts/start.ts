import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@vax/db";
import { applyMigrations } from "@vax/db/migrate";
import { DEMO_TENANT_SLUG, seedDemoData } from "@vax/db/seed";
import { startBanner } from "./lib/banner";
import { buildStaleApps } from "./lib/build-apps";
import { openPlatformDatabase } from "./lib/database";
import { issueDemoCertificates } from "./lib/demo-certificates";
import { platformMode } from "./lib/platform-mode";
import { type RunningApps, runApps, waitForHealth } from "./lib/run-apps";
import { type RunningWorker, runWorker } from "./lib/run-worker";
import { loadLocalSecrets } from "./lib/secrets";

// npm start: database (embedded unless DATABASE_URL), migrations, demo data, builds, four apps, the notification worker.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = (line: string) => console.log(`[start] ${line}`);

const checked = platformMode(process.env);
if (!checked.ok) {
  console.error(`[start] Not starting in production: ${checked.problems.join("; ")}.`);
  process.exit(1);
}
const { production, demo } = checked.mode;

const database = await openPlatformDatabase(root);
let apps: RunningApps | undefined;
let worker: RunningWorker | undefined;
let stopping = false;
const stopAll = async (code: number) => {
  if (stopping) return;
  stopping = true;
  log("Stopping…");
  await Promise.all([apps?.stop(), worker?.stop()]);
  await database.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

// Production takes its secrets from the environment only; a local platform makes them once into .data/.
const secretsOf = async () => {
  if (production) {
    return {
      nextAuthSecret: process.env.NEXTAUTH_SECRET ?? "",
      keyEncryptionKey: process.env.VAX_KEY_ENCRYPTION_KEY ?? "",
    };
  }
  const local = await loadLocalSecrets(path.join(root, ".data"));
  return {
    nextAuthSecret: process.env.NEXTAUTH_SECRET ?? local.nextAuthSecret,
    keyEncryptionKey: process.env.VAX_KEY_ENCRYPTION_KEY ?? local.keyEncryptionKey,
  };
};

try {
  log(
    database.embedded
      ? `Embedded Postgres listening at ${database.url}`
      : "Using the PostgreSQL server in DATABASE_URL",
  );
  const applied = await applyMigrations(database.url);
  log(applied.length > 0 ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
  const { nextAuthSecret, keyEncryptionKey } = await secretsOf();
  const db = createPrismaClient(database.url, 1);
  let platformAdmins = 0;
  try {
    if (production && (await db.tenant.findUnique({ where: { slug: DEMO_TENANT_SLUG } }))) {
      throw new Error(
        `Not starting in production: the demo tenant (${DEMO_TENANT_SLUG}) exists in this database, and its sign-ins and token are public; use a database without demo data.`,
      );
    }
    if (demo && (await seedDemoData(db, { keyEncryptionKey }))) {
      await issueDemoCertificates(root, { DATABASE_URL: database.url, VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey });
      log("Seeded the demo ministry and issued its sample certificates");
    }
    platformAdmins = await db.user.count({ where: { role: "PLATFORM_ADMIN", active: true } });
  } finally {
    await db.$disconnect();
  }
  await buildStaleApps(root, log);
  const platformEnv = {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: nextAuthSecret,
    VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey,
    VAX_DEMO: demo ? "true" : "false",
  };
  apps = runApps(root, platformEnv);
  worker = runWorker(root, platformEnv);
  const stopWhenGone = (what: string, code: number | null) => {
    if (stopping) return;
    console.error(`[start] The ${what} stopped (exit code ${code}); stopping the platform.`);
    void stopAll(1);
  };
  void apps.exited.then(({ app, code }) => stopWhenGone(`${app} app`, code));
  void worker.exited.then(({ code }) => stopWhenGone("notification worker", code));
  await waitForHealth();
  console.log(startBanner({ database, demo, platformAdmins }));
} catch (error) {
  console.error(`[start] ${(error as Error).message}`);
  await stopAll(1);
}
