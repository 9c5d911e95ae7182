import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@vax/db";
import { applyMigrations } from "@vax/db/migrate";
import { seedDemoData } from "@vax/db/seed";
import { startBanner } from "./lib/banner";
import { buildStaleApps } from "./lib/build-apps";
import { openPlatformDatabase } from "./lib/database";
import { issueDemoCertificates } from "./lib/demo-certificates";
import { type RunningApps, runApps, waitForHealth } from "./lib/run-apps";
import { loadLocalSecrets } from "./lib/secrets";

// npm start: database (embedded unless DATABASE_URL), migrations, demo data, builds, four apps.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = (line: string) => console.log(`[start] ${line}`);

const database = await openPlatformDatabase(root);
let apps: RunningApps | undefined;
let stopping = false;
const stopAll = async (code: number) => {
  if (stopping) return;
  stopping = true;
  log("Stopping…");
  await apps?.stop();
  await database.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  log(
    database.embedded
      ? `Embedded Postgres listening at ${database.url}`
      : "Using the PostgreSQL server in DATABASE_URL",
  );
  const applied = await applyMigrations(database.url);
  log(applied.length > 0 ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
  const secrets = await loadLocalSecrets(path.join(root, ".data"));
  const keyEncryptionKey = process.env.VAX_KEY_ENCRYPTION_KEY ?? secrets.keyEncryptionKey;
  const demo = process.env.VAX_DEMO !== "false";
  if (demo) {
    const db = createPrismaClient(database.url, 1);
    const seeded = await seedDemoData(db, { keyEncryptionKey });
    await db.$disconnect();
    if (seeded) {
      await issueDemoCertificates(root, { DATABASE_URL: database.url, VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey });
      log("Seeded the demo ministry and issued its sample certificates");
    }
  }
  await buildStaleApps(root, log);
  apps = runApps(root, {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? secrets.nextAuthSecret,
    VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey,
    VAX_DEMO: demo ? "true" : "false",
  });
  void apps.exited.then(({ app, code }) => {
    if (!stopping) {
      console.error(`[start] The ${app} app stopped (exit code ${code}); stopping the platform.`);
      void stopAll(1);
    }
  });
  await waitForHealth();
  console.log(startBanner(database, demo));
} catch (error) {
  console.error(`[start] ${(error as Error).message}`);
  await stopAll(1);
}
