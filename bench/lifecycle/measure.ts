// The lifecycle measurement, run by index.ts while it holds the e2e lock: for each database, a fresh
// seeded demo tenant, the built facility and verify apps, certificates issued through the certify API,
// then revoked by many concurrent callers, then single revocations timed until the served list shows them.
import { decodeStatusList, getStatus } from "@vax/credentials/status";
import { demoApiToken } from "@vax/db/seed";
import type { TestDatabase } from "@vax/db/testing";
import { platformApps, portOf } from "../../scripts/lib/apps.ts";
import { certifyBody } from "../certify/certification-requests.ts";
import { buildAppIfStale } from "../certify/facility-build.ts";
import {
  forEachDatabase,
  root,
  startSeededApps,
  type TBenchDatabaseKind,
  withDatabaseClient,
} from "../lib/bench-apps.ts";

const REVOCATIONS = 3_000;
// Many callers at once, as a certifying system recalling a batch would send them.
const CALLERS = 32;
const PUBLISH_SAMPLES = 10;
const PUBLISH_GIVE_UP_MS = 30_000;
const ISSUE_BATCH = 1_000;

const apps = platformApps.filter((app) => app.name === "facility" || app.name === "verify");
const facility = apps.find((app) => app.name === "facility") as (typeof apps)[number];
const facilityUrl = `http://127.0.0.1:${portOf(facility)}`;
const auth = { authorization: `Bearer ${demoApiToken}`, "content-type": "application/json" };

type TStatusEntry = { statusPurpose: string; statusListIndex: string; statusListCredential: string };
type TIssued = { certificateId: string; credential: { credentialStatus: TStatusEntry[] } };

const issue = async (count: number): Promise<TIssued[]> => {
  const issued: TIssued[] = [];
  while (issued.length < count) {
    const response = await fetch(`${facilityUrl}/api/v1/certify`, {
      method: "POST",
      headers: auth,
      body: certifyBody(Math.min(ISSUE_BATCH, count - issued.length)),
    });
    if (!response.ok) throw new Error(`certify answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
    issued.push(...((await response.json()) as { certificates: TIssued[] }).certificates);
  }
  return issued;
};

const revoke = async ({ certificateId }: TIssued) => {
  const response = await fetch(`${facilityUrl}/api/v1/certificates/${certificateId}/revoke`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ reason: "Lifecycle bench" }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`revoke answered ${response.status}: ${text.slice(0, 500)}`);
  if ((JSON.parse(text) as { status: string }).status !== "REVOKED") throw new Error(`revoke answered ${text}`);
};

// Every certificate revoked by CALLERS callers, each sending its next as soon as its last is answered.
const revokeUnderLoad = async (certificates: TIssued[]): Promise<number> => {
  const queue = [...certificates];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      for (let next = queue.pop(); next; next = queue.pop()) await revoke(next);
    }),
  );
  return performance.now() - started;
};

const servedBit = async (entry: TStatusEntry): Promise<boolean> => {
  const response = await fetch(entry.statusListCredential, { cache: "no-store" });
  if (!response.ok) throw new Error(`${entry.statusListCredential} answered ${response.status}`);
  const list = (await response.json()) as { credentialSubject: { encodedList: string } };
  return getStatus(decodeStatusList(list.credentialSubject.encodedList), Number(entry.statusListIndex));
};

// From the revoke's answer until the list the verify app serves (its origin, no CDN) has the bit.
const publishMs = async (certificate: TIssued): Promise<number> => {
  const entry = certificate.credential.credentialStatus.find(({ statusPurpose }) => statusPurpose === "revocation");
  if (!entry) throw new Error("The credential names no revocation list");
  if (await servedBit(entry)) throw new Error(`${certificate.certificateId} is shown revoked before it was revoked`);
  await revoke(certificate);
  const answered = performance.now();
  while (!(await servedBit(entry))) {
    if (performance.now() - answered > PUBLISH_GIVE_UP_MS) {
      throw new Error(
        `The served list did not show ${certificate.certificateId} revoked within ${PUBLISH_GIVE_UP_MS} ms`,
      );
    }
  }
  return performance.now() - answered;
};

const benchDatabase = async (kind: TBenchDatabaseKind, database: TestDatabase) => {
  const running = await startSeededApps(kind, database, apps);
  try {
    console.error(`lifecycle: ${kind}, issuing ${REVOCATIONS + PUBLISH_SAMPLES + CALLERS} certificates`);
    const issued = await issue(REVOCATIONS + PUBLISH_SAMPLES + CALLERS);
    const samples = issued.splice(0, PUBLISH_SAMPLES);
    // A warm-up round, one revocation per caller, so the measured run meets compiled routes and open pools.
    await revokeUnderLoad(issued.splice(0, CALLERS));
    console.error(`lifecycle: ${kind}, revoking ${issued.length} certificates with ${CALLERS} callers`);
    const elapsedMs = await revokeUnderLoad(issued);
    const published: number[] = [];
    for (const certificate of samples) published.push(await publishMs(certificate));
    const revoked = await withDatabaseClient(database.url, (db) =>
      db.certificate.count({ where: { status: "REVOKED" } }),
    );
    if (revoked !== REVOCATIONS + PUBLISH_SAMPLES + CALLERS) {
      throw new Error(`${REVOCATIONS + PUBLISH_SAMPLES + CALLERS} revocations were answered but ${revoked} are stored`);
    }
    console.error(`lifecycle: ${kind}, publish times (ms) ${published.map(Math.round).join(", ")}`);
    const line = {
      bench: "lifecycle",
      db: kind,
      revocationsPerSec: Math.round((REVOCATIONS * 1000) / elapsedMs),
      // The slowest sample: what a verifier may have to wait for at worst.
      statusPublishMs: Math.round(Math.max(...published)),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  } finally {
    await running.stop();
  }
};

for (const app of apps) await buildAppIfStale(root, app);

await forEachDatabase("lifecycle", benchDatabase);
