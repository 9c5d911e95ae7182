import { randomBytes } from "node:crypto";
import path from "node:path";
import { createPrismaClient } from "@vax/db";
import { seedDemoData } from "@vax/db/seed";
import { openTestDatabase, type TestDatabase } from "@vax/db/testing";
import type { PlatformApp } from "../../scripts/lib/apps.ts";
import { type RunningApps, runApps, waitForHealth } from "../../scripts/lib/run-apps.ts";
import { postgresServer } from "../certify/postgres-server.ts";

/** The repository's root. */
export const root = path.resolve(import.meta.dirname, "../..");

/** The database a bench measures on: the embedded one or a PostgreSQL server. */
export type TBenchDatabaseKind = "embedded" | "postgres";

/** Runs `work` with a one-connection client of a database, and disconnects. */
export const withDatabaseClient = async <T>(
  url: string,
  work: (db: ReturnType<typeof createPrismaClient>) => Promise<T>,
): Promise<T> => {
  const db = createPrismaClient(url, 1);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
};

/** Runs `measure` on a fresh embedded database, then on a fresh database of this machine's PostgreSQL server. */
export const forEachDatabase = async (
  name: string,
  measure: (kind: TBenchDatabaseKind, database: TestDatabase) => Promise<void>,
): Promise<void> => {
  const embedded = await openTestDatabase();
  try {
    await measure("embedded", embedded);
  } finally {
    await embedded.stop();
  }
  const server = await postgresServer();
  if ("skipped" in server) {
    console.error(`${name}: postgres skipped: ${server.skipped}`);
    return;
  }
  const database = await openTestDatabase({ serverUrl: server.serverUrl });
  try {
    await measure("postgres", database);
  } finally {
    await database.stop();
  }
};

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
const cpuProfileDir = process.env.BENCH_CPU_PROFILE_DIR;

/**
 * Seeds the demo tenant into a database and starts the built apps on it, healthy, with the
 * platform's secrets made for the run and no certify allowance (the bench measures the platform,
 * not one client's). With BENCH_CPU_PROFILE_DIR set, each server writes a .cpuprofile there
 * (under the database's kind) when it stops, to see where its time went. Answers with the env the
 * apps run with, for a worker to run with too.
 */
export const startSeededApps = async (
  kind: TBenchDatabaseKind,
  database: TestDatabase,
  apps: readonly PlatformApp[],
): Promise<RunningApps & { env: NodeJS.ProcessEnv }> => {
  const keyEncryptionKey = randomBytes(32).toString("base64");
  await withDatabaseClient(database.url, (db) => seedDemoData(db, { keyEncryptionKey }));
  const env = {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey,
    VAX_CERTIFY_MAX_PER_MINUTE: "10000000",
    ...(cpuProfileDir
      ? {
          // Node 20 refuses --cpu-prof in NODE_OPTIONS, so a preloaded inspector session records the profile.
          NODE_OPTIONS: `--import ${new URL("./cpu-profile.mjs", import.meta.url).href}`,
          BENCH_CPU_PROFILE_DIR: path.resolve(cpuProfileDir, kind),
        }
      : {}),
  };
  const running = { ...runApps(root, env, apps), env };
  try {
    await Promise.race([
      waitForHealth(apps),
      running.exited.then(({ app, code }) => {
        throw new Error(`The ${app} app exited (code ${code}) before it was healthy`);
      }),
    ]);
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
};
