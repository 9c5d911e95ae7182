// The route half of the fuzz bench, run by index.ts under the e2e lock: a fresh embedded database with the demo
// data and its certificates, the built verify app under `next start` on a port of its own, then mutants of a
// platform certificate and of the fuzz corpus through POST /api/v1/verify. Prints one JSON line, {"route": …}.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  describeFinding,
  fuzzRoute,
  type RouteFuzzSummary,
  readFuzzCorpus,
  seedContents,
  w3cCredentialSeeds,
} from "@vax/credentials/fuzz";
import type { TrustList } from "@vax/credentials/verify";
import { createPrismaClient } from "@vax/db";
import { seedDemoData } from "@vax/db/seed";
import { openTestDatabase } from "@vax/db/testing";
import { platformApps, portOf } from "../../scripts/lib/apps.ts";
import { hasCurrentBuild, sourceHash, writeBuildStamp } from "../../scripts/lib/build-stamp.ts";
import { issueDemoCertificates } from "../../scripts/lib/demo-certificates.ts";
import { runApps, waitForHealth } from "../../scripts/lib/run-apps.ts";

/** The route half's figures as route.ts prints them: its findings are told on stderr and counted here. */
export type RouteFigures = Omit<RouteFuzzSummary, "findings"> & { findings: number };

const root = path.resolve(import.meta.dirname, "../..");
const verifyApp = platformApps.find((app) => app.name === "verify") as (typeof platformApps)[3];
const runSeed = Number(process.argv[2]);
const count = Number(process.argv[3]);
const corpusFile = process.argv[4] as string;

const buildVerifyIfStale = async () => {
  const hash = await sourceHash(root);
  if (await hasCurrentBuild(root, verifyApp.dir, hash)) return;
  console.error("fuzz: building the verify app (its sources changed since the last build)");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      "npx",
      ["turbo", "run", "build", "--output-logs=errors-only", "--filter", `./${verifyApp.dir}`],
      { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`building verify exited with ${code}`))));
    child.on("error", reject);
  });
  await writeBuildStamp(root, verifyApp.dir, hash);
};

// A certificate the platform signed, so that the route has mutants its trust list holds the issuer of.
const platformCertificate = async (databaseUrl: string): Promise<Record<string, unknown>> => {
  const db = createPrismaClient(databaseUrl, 1);
  try {
    const certificate = await db.certificate.findFirst({ where: { status: "ACTIVE" }, orderBy: { issuedAt: "asc" } });
    if (!certificate) throw new Error("the demo data issued no certificate");
    return certificate.payload as Record<string, unknown>;
  } finally {
    await db.$disconnect();
  }
};

await buildVerifyIfStale();
const database = await openTestDatabase();
const keyEncryptionKey = randomBytes(32).toString("base64");
const db = createPrismaClient(database.url, 1);
try {
  await seedDemoData(db, { keyEncryptionKey });
} finally {
  await db.$disconnect();
}
// Issued under the bench's verify app's own URL, which names the issuers it trusts.
const publicUrl = `http://localhost:${portOf(verifyApp)}`;
await issueDemoCertificates(root, {
  DATABASE_URL: database.url,
  VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey,
  VAX_PUBLIC_URL: publicUrl,
});
const apps = runApps(
  root,
  {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey,
    VAX_PUBLIC_URL: publicUrl,
  },
  [verifyApp],
);
try {
  await Promise.race([
    waitForHealth([verifyApp]),
    apps.exited.then(({ code }) => {
      throw new Error(`The verify app exited (code ${code}) before it was healthy`);
    }),
  ]);
  const base = `http://127.0.0.1:${portOf(verifyApp)}`;
  const trust = (await (await fetch(`${base}/api/v1/trust-list`)).json()) as TrustList;
  const corpus = readFuzzCorpus(readFileSync(corpusFile, "utf8"));
  const seeds = [...w3cCredentialSeeds("platform W3C", await platformCertificate(database.url)), ...corpus.seeds];
  const routeCorpus = { seeds, trust: corpus.trust };
  const contents = await seedContents({ seeds, trust });
  const post = async (body: string) => {
    const response = await fetch(`${base}/api/v1/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  console.error(`fuzz: ${count} mutants through POST /api/v1/verify (seed ${runSeed})`);
  const summary = await fuzzRoute({ corpus: routeCorpus, trust, contents, post, runSeed, count, concurrency: 4 });
  // The route's corpus adds the platform certificate in front of the saved one, so its indexes are its own.
  for (const finding of summary.findings.slice(0, 20)) console.error(describeFinding(finding, runSeed));
  const figures: RouteFigures = { ...summary, findings: summary.findings.length };
  process.stdout.write(`${JSON.stringify({ route: figures })}\n`);
} finally {
  await apps.stop();
  await database.stop();
}
