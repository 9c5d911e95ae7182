// The certify measurement, run by index.ts while it holds the e2e lock: for each database, a fresh
// seeded demo tenant, the built facility app under `next start`, a warm-up, then each batch size.
import { availableParallelism, loadavg } from "node:os";
import { demoApiToken } from "@vax/db/seed";
import type { TestDatabase } from "@vax/db/testing";
import { Piscina } from "piscina";
import { portOf } from "../../scripts/lib/apps.ts";
import { runWorker } from "../../scripts/lib/run-worker.ts";
import { onPool, POOL_ENTRY } from "../credentials/pool-rate.ts";
import {
  forEachDatabase,
  root,
  startSeededApps,
  type TBenchDatabaseKind,
  withDatabaseClient,
} from "../lib/bench-apps.ts";
import { certifyAsynchronously } from "./async-load.ts";
import { buildFacilityIfStale, facilityApp } from "./facility-build.ts";
import { certifyUnderLoad, percentile } from "./load.ts";

const BATCHES = [100, 1000];
// Enough callers that the server always has the next batch waiting while one is written.
const CALLERS = 3;
const MIN_MS = 15_000;
const MIN_REQUESTS = CALLERS * 3;
// The asynchronous path: transactions of a thousand rows, the most one call carries, until the worker is done.
const ASYNC_BATCH = 1000;
const ASYNC_TRANSACTIONS = 20;
const ASYNC_TARGET_PER_SEC = 1000;

const round = (value: number) => Math.round(value);

const benchDatabase = async (kind: TBenchDatabaseKind, database: TestDatabase) => {
  const app = await startSeededApps(kind, database, [facilityApp]);
  try {
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
        path: "sync",
        db: kind,
        batch,
        certificatesPerSec: round((result.certificates * 1000) / result.elapsedMs),
        p50Ms: round(percentile(result.latenciesMs, 50)),
        p95Ms: round(percentile(result.latenciesMs, 95)),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
    const stored = await withDatabaseClient(database.url, (db) => db.certificate.count());
    if (stored < issued) throw new Error(`${issued} certificates were answered but only ${stored} are stored`);
    if (kind === "postgres") await benchAsync(app.env);
  } finally {
    await app.stop();
  }
};

// Where the time went when the asynchronous path missed its target: what signing alone reaches on
// every core of this machine now (the credentials bench's native-format task), beside the load the
// machine was under; the worker's own thread was mostly idle in profiles (BENCH_CPU_PROFILE_DIR),
// waiting on its signing threads and the database.
const shortfall = async (certificatesPerSec: number) => {
  const threads = availableParallelism();
  const pool = new Piscina({ filename: POOL_ENTRY, minThreads: threads, maxThreads: threads });
  try {
    const signingOnlyPerSec = await onPool(pool, threads, "vc", "sign");
    const where =
      signingOnlyPerSec < ASYNC_TARGET_PER_SEC
        ? `signing alone (eddsa-rdfc-2022 on all ${threads} cores, the app and worker idle) reaches only ${signingOnlyPerSec}/s here now, so signing is the ceiling`
        : `signing alone reaches ${signingOnlyPerSec}/s on all ${threads} cores, so the other ${Math.round(100 - (100 * certificatesPerSec) / signingOnlyPerSec)}% goes to planning and storing each batch and to the app and PostgreSQL sharing the cores`;
    return { signingOnlyPerSec, loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10, belowTarget: where };
  } finally {
    await pool.destroy();
  }
};

// The asynchronous path on a server database: a worker beside the app, transactions submitted with
// Prefer: respond-async, timed until the last is done. The worker starts after the synchronous figures, so they stay as they were.
const benchAsync = async (env: NodeJS.ProcessEnv) => {
  const worker = runWorker(root, env);
  try {
    const url = `http://127.0.0.1:${portOf(facilityApp)}/api/v1/certify`;
    await withDatabaseClient(env.DATABASE_URL as string, async (db) => {
      const load = { url, token: demoApiToken, callers: CALLERS, db, timeoutMs: 600_000 };
      console.error("certify: postgres, asynchronous, warming up the worker");
      await certifyAsynchronously({ ...load, batch: 100, transactions: 2 });
      console.error(`certify: postgres, asynchronous, ${ASYNC_TRANSACTIONS} transactions of ${ASYNC_BATCH}`);
      const result = await certifyAsynchronously({ ...load, batch: ASYNC_BATCH, transactions: ASYNC_TRANSACTIONS });
      const certificatesPerSec = round((result.certificates * 1000) / result.elapsedMs);
      const line = {
        bench: "certify",
        path: "async",
        db: "postgres",
        batch: ASYNC_BATCH,
        transactions: ASYNC_TRANSACTIONS,
        certificatesPerSec,
        submitMs: round(result.submitMs),
        targetPerSec: ASYNC_TARGET_PER_SEC,
        ...(certificatesPerSec < ASYNC_TARGET_PER_SEC ? await shortfall(certificatesPerSec) : {}),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    });
  } finally {
    await worker.stop();
  }
};

await buildFacilityIfStale(root);
await forEachDatabase("certify", benchDatabase);
