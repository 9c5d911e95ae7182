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
import { cpuMsPer, cpuTally, type TCpuTally } from "../lib/process-cpu.ts";
import { certifyAsynchronously, certifyBodies } from "./async-load.ts";
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
const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;

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
        loadAverage: loadAverage(),
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

// Which process of the run a child of the bench is: the facility app or the worker (tsx, then node).
const partOf = (commandLine: string) =>
  commandLine.includes("serve-app") ? "app" : commandLine.includes("scripts/worker.ts") ? "worker" : null;

// The CPU each part spent per certificate, with the total and the rate it allows on every core of this
// machine were nothing else running: what the platform costs, apart from what other load took from it.
const cpuCost = (before: TCpuTally, after: TCpuTally, certificates: number) => {
  const spent = cpuMsPer(before, after, certificates);
  const parts = {
    app: round(((spent.appMain ?? 0) + (spent.appThreads ?? 0)) * 100) / 100,
    workerMainThread: spent.workerMain ?? 0,
    workerSigningThreads: spent.workerThreads ?? 0,
    postgres: spent.postgres ?? 0,
    benchClient: spent.bench ?? 0,
  };
  const total = Object.values(parts).reduce((sum, ms) => sum + ms, 0);
  return {
    cpuMsPerCertificate: { ...parts, total: round(total * 100) / 100 },
    cpuBoundPerSec: round((availableParallelism() * 1000) / total),
  };
};

// Where the time went when the asynchronous path missed its target: what signing alone reaches on
// every core of this machine now (the credentials bench's native-format task), beside the CPU each
// part of the run spent per certificate and the load the machine was under.
const shortfall = async (cpuBoundPerSec: number) => {
  const threads = availableParallelism();
  const pool = new Piscina({ filename: POOL_ENTRY, minThreads: threads, maxThreads: threads });
  try {
    const signingOnlyPerSec = await onPool(pool, threads, "vc", "sign");
    const where =
      cpuBoundPerSec < ASYNC_TARGET_PER_SEC
        ? `the run's own CPU cost (cpuMsPerCertificate) allows only ${cpuBoundPerSec}/s on all ${threads} cores; signing alone reaches ${signingOnlyPerSec}/s`
        : `the run's own CPU cost allows ${cpuBoundPerSec}/s on all ${threads} cores, so the rest went to other load on the machine (loadAverage) or to waiting`;
    return { signingOnlyPerSec, belowTarget: where };
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
    const databaseUrl = env.DATABASE_URL as string;
    await withDatabaseClient(databaseUrl, async (db) => {
      const load = { url, token: demoApiToken, callers: CALLERS, db, timeoutMs: 600_000 };
      console.error("certify: postgres, asynchronous, warming up the worker");
      await certifyAsynchronously({ ...load, batch: 100, bodies: certifyBodies(100, 2) });
      console.error(`certify: postgres, asynchronous, ${ASYNC_TRANSACTIONS} transactions of ${ASYNC_BATCH}`);
      const bodies = certifyBodies(ASYNC_BATCH, ASYNC_TRANSACTIONS);
      const before = await cpuTally(partOf, databaseUrl);
      const result = await certifyAsynchronously({ ...load, batch: ASYNC_BATCH, bodies });
      const cost = cpuCost(before, await cpuTally(partOf, databaseUrl), result.certificates);
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
        loadAverage: loadAverage(),
        ...cost,
        ...(certificatesPerSec < ASYNC_TARGET_PER_SEC ? await shortfall(cost.cpuBoundPerSec) : {}),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    });
  } finally {
    await worker.stop();
  }
};

await buildFacilityIfStale(root);
await forEachDatabase("certify", benchDatabase);
