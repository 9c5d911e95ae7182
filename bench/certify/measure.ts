// The certify measurement, run by index.ts while it holds the e2e lock: for each database, a fresh
// seeded demo tenant, the built facility app under `next start`, a warm-up, then each batch size.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createPrismaClient } from "@vax/db";
import { demoApiToken, seedDemoData } from "@vax/db/seed";
import { openTestDatabase, type TestDatabase } from "@vax/db/testing";
import { portOf } from "../../scripts/lib/apps.ts";
import { runApps, waitForHealth } from "../../scripts/lib/run-apps.ts";
import { buildFacilityIfStale, facilityApp } from "./facility-build.ts";
import { certifyUnderLoad, percentile } from "./load.ts";
import { postgresServer } from "./postgres-server.ts";

const BATCHES = [100, 1000];
// Enough callers that the server always has the next batch waiting while one is written.
const CALLERS = 3;
const MIN_MS = 15_000;
const MIN_REQUESTS = CALLERS * 3;

const root = path.resolve(import.meta.dirname, "../..");
// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
const cpuProfileDir = process.env.BENCH_CPU_PROFILE_DIR;
const round = (value: number) => Math.round(value);

const seeded = async (database: TestDatabase, keyEncryptionKey: string) => {
  const db = createPrismaClient(database.url, 1);
  try {
    await seedDemoData(db, { keyEncryptionKey });
  } finally {
    await db.$disconnect();
  }
};

const storedCertificates = async (database: TestDatabase) => {
  const db = createPrismaClient(database.url, 1);
  try {
    return await db.certificate.count();
  } finally {
    await db.$disconnect();
  }
};

const benchDatabase = async (kind: "embedded" | "postgres", database: TestDatabase) => {
  const keyEncryptionKey = randomBytes(32).toString("base64");
  await seeded(database, keyEncryptionKey);
  const app = runApps(
    root,
    {
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey,
      // The bench measures the platform, not one client's allowance (some 30,000 certificates a minute).
      VAX_CERTIFY_MAX_PER_MINUTE: "10000000",
      // To see where the server's time goes: one .cpuprofile per server, written when it stops.
      ...(cpuProfileDir
        ? {
            NODE_OPTIONS: `--import ${new URL("./cpu-profile.mjs", import.meta.url).href}`,
            BENCH_CPU_PROFILE_DIR: path.resolve(cpuProfileDir, kind),
          }
        : {}),
    },
    [facilityApp],
  );
  try {
    await Promise.race([
      waitForHealth([facilityApp]),
      app.exited.then(({ code }) => {
        throw new Error(`The facility app exited (code ${code}) before it was healthy`);
      }),
    ]);
    const load = {
      url: `http://127.0.0.1:${portOf(facilityApp)}/api/v1/certify`,
      token: demoApiToken,
      callers: CALLERS,
    };
    console.error(`certify: ${kind}, warming up`);
    let issued = (await certifyUnderLoad({ ...load, batch: 100, minRequests: CALLERS * 2, minMs: 0 })).certificates;
    for (const batch of BATCHES) {
      console.error(`certify: ${kind}, batches of ${batch}, ${CALLERS} callers`);
      const result = await certifyUnderLoad({ ...load, batch, minRequests: MIN_REQUESTS, minMs: MIN_MS });
      issued += result.certificates;
      const line = {
        bench: "certify",
        db: kind,
        batch,
        certificatesPerSec: round((result.certificates * 1000) / result.elapsedMs),
        p50Ms: round(percentile(result.latenciesMs, 50)),
        p95Ms: round(percentile(result.latenciesMs, 95)),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
    const stored = await storedCertificates(database);
    if (stored < issued) throw new Error(`${issued} certificates were answered but only ${stored} are stored`);
  } finally {
    await app.stop();
  }
};

await buildFacilityIfStale(root);

const embedded = await openTestDatabase();
try {
  await benchDatabase("embedded", embedded);
} finally {
  await embedded.stop();
}

const server = await postgresServer();
if ("skipped" in server) {
  console.error(`certify: postgres skipped: ${server.skipped}`);
} else {
  const database = await openTestDatabase({ serverUrl: server.serverUrl });
  try {
    await benchDatabase("postgres", database);
  } finally {
    await database.stop();
  }
}
