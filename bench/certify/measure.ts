// The certify measurement, run by index.ts while it holds the e2e lock: for each database, a fresh
// seeded demo tenant, the built facility app under `next start`, a warm-up, then each batch size.
import { demoApiToken } from "@vax/db/seed";
import type { TestDatabase } from "@vax/db/testing";
import { portOf } from "../../scripts/lib/apps.ts";
import {
  forEachDatabase,
  root,
  startSeededApps,
  type TBenchDatabaseKind,
  withDatabaseClient,
} from "../lib/bench-apps.ts";
import { buildFacilityIfStale, facilityApp } from "./facility-build.ts";
import { certifyUnderLoad, percentile } from "./load.ts";

const BATCHES = [100, 1000];
// Enough callers that the server always has the next batch waiting while one is written.
const CALLERS = 3;
const MIN_MS = 15_000;
const MIN_REQUESTS = CALLERS * 3;

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
  } finally {
    await app.stop();
  }
};

await buildFacilityIfStale(root);
await forEachDatabase("certify", benchDatabase);
