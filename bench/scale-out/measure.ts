// The scale-out check, run by index.ts while it holds the e2e lock: a fresh database on this
// machine's PostgreSQL, two facility app copies, two workers, one batch sent four ways at once.
import { demoApiToken } from "@vax/db/seed";
import { openTestDatabase } from "@vax/db/testing";
import { portOf } from "../../scripts/lib/apps.ts";
import { runApps } from "../../scripts/lib/run-apps.ts";
import { runWorker } from "../../scripts/lib/run-worker.ts";
import { certifyBody } from "../certify/certification-requests.ts";
import { buildFacilityIfStale, facilityApp } from "../certify/facility-build.ts";
import { postgresServer } from "../certify/postgres-server.ts";
import { root, startSeededApps, withDatabaseClient } from "../lib/bench-apps.ts";

const ROWS = 500;
const SECOND_PORT = String(Number(portOf(facilityApp)) + 1);

type TSync = { certificates: Array<{ certificateId: string }> };

const post = (port: string | number, body: string, async: boolean) =>
  fetch(`http://127.0.0.1:${port}/api/v1/certify`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${demoApiToken}`,
      "content-type": "application/json",
      ...(async ? { prefer: "respond-async" } : {}),
    },
    body,
  }).then(async (response) => {
    const text = await response.text();
    if (response.status !== (async ? 202 : 200))
      throw new Error(`certify answered ${response.status}: ${text.slice(0, 500)}`);
    return JSON.parse(text) as unknown;
  });

// The ports the apps are told through the environment, as each copy's is.
const onPort = <T>(port: string, start: () => T): T => {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
  const before = process.env.FACILITY_PORT;
  process.env.FACILITY_PORT = port;
  try {
    return start();
  } finally {
    process.env.FACILITY_PORT = before;
  }
};

const waitForSecondCopy = async () => {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${SECOND_PORT}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the second facility app copy did not become healthy");
};

await buildFacilityIfStale(root);
const server = await postgresServer();
if ("skipped" in server) {
  console.error(`scale-out: skipped: ${server.skipped}`);
  process.exit(0);
}
const database = await openTestDatabase({ serverUrl: server.serverUrl });
const first = await startSeededApps("postgres", database, [facilityApp]);
const second = onPort(SECOND_PORT, () => runApps(root, first.env, [facilityApp]));
const workers = [runWorker(root, first.env), runWorker(root, first.env)];
// A worker that stopped would leave the check to the other one: the run only counts with both up to the end.
let workersStopped = 0;
for (const worker of workers) void worker.exited.then(() => workersStopped++);
try {
  await waitForSecondCopy();
  await withDatabaseClient(database.url, async (db) => {
    const before = await db.certificate.count();
    const body = certifyBody(ROWS);
    const started = performance.now();
    const [syncFirst, syncSecond, asyncFirst, asyncSecond] = (await Promise.all([
      post(portOf(facilityApp), body, false),
      post(SECOND_PORT, body, false),
      post(portOf(facilityApp), body, true),
      post(SECOND_PORT, body, true),
    ])) as [TSync, TSync, { transactionId: string }, { transactionId: string }];
    const transactionIds = [asyncFirst.transactionId, asyncSecond.transactionId];
    for (;;) {
      const open = await db.certifyTransaction.count({
        where: { id: { in: transactionIds }, status: { in: ["QUEUED", "RUNNING"] } },
      });
      if (open === 0) break;
      if (performance.now() - started > 300_000) throw new Error("the asynchronous transactions did not finish");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const transactions = await db.certifyTransaction.findMany({ where: { id: { in: transactionIds } } });
    const failed = transactions.find(({ status }) => status !== "DONE");
    if (failed) throw new Error(`a transaction failed: ${JSON.stringify(failed.errors).slice(0, 500)}`);
    const answers = [
      syncFirst.certificates.map(({ certificateId }) => certificateId),
      syncSecond.certificates.map(({ certificateId }) => certificateId),
      ...transactionIds.map((id) => transactions.find((transaction) => transaction.id === id)?.certificateIds ?? []),
    ];
    const distinct = new Set(answers.flat());
    const disagreeing = answers.filter((ids) => ids.join() !== answers[0]?.join()).length;
    const stored = (await db.certificate.count()) - before;
    const line = {
      bench: "scale-out",
      apps: 2,
      workers: 2,
      rows: ROWS,
      certificatesStored: stored,
      duplicates: stored - ROWS,
      lost: ROWS - distinct.size,
      answersDisagreeing: disagreeing,
      workersStopped,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    if (stored !== ROWS || distinct.size !== ROWS || disagreeing !== 0) {
      throw new Error("the two app copies and two workers issued a duplicate or lost a row");
    }
    if (workersStopped > 0) throw new Error(`${workersStopped} of the two workers stopped during the run`);
  });
} finally {
  await Promise.all([first.stop(), second.stop(), ...workers.map((worker) => worker.stop())]);
  await database.stop();
}
