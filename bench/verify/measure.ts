// The verify measurement, run by index.ts while it holds the e2e lock: a fresh embedded database with the demo data
// and its certificates, the built verify app on a port of its own, then the page timed in Chromium.
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@vax/db";
import { seedDemoData } from "@vax/db/seed";
import { openTestDatabase } from "@vax/db/testing";
import { platformApps, portOf } from "../../scripts/lib/apps.ts";
import { issueDemoCertificates } from "../../scripts/lib/demo-certificates.ts";
import { runApps, waitForHealth } from "../../scripts/lib/run-apps.ts";
import { buildAppIfStale } from "../certify/facility-build.ts";
import { root } from "../lib/bench-apps.ts";
import { measureVerifyPage } from "./page-timing.ts";
import { vectorIssuers, verifySamples } from "./samples.ts";

const TARGET_P95_MS = 50;
const TARGET_SCRIPT_KB = 400;
const verifyApp = platformApps.find((app) => app.name === "verify") as (typeof platformApps)[3];

// A certificate the platform signed, whose status list the page reads.
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

await buildAppIfStale(root, verifyApp);
const database = await openTestDatabase();
const keyEncryptionKey = randomBytes(32).toString("base64");
const db = createPrismaClient(database.url, 1);
try {
  await seedDemoData(db, { keyEncryptionKey });
} finally {
  await db.$disconnect();
}
// localhost, not 127.0.0.1: the issuers' did:web names it, and Web Crypto needs a secure context.
const publicUrl = `http://localhost:${portOf(verifyApp)}`;
const env = { DATABASE_URL: database.url, VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey, VAX_PUBLIC_URL: publicUrl };
await issueDemoCertificates(root, env);
const apps = runApps(root, { ...env, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") }, [verifyApp]);
try {
  await Promise.race([
    waitForHealth([verifyApp]),
    apps.exited.then(({ code }) => {
      throw new Error(`The verify app exited (code ${code}) before it was healthy`);
    }),
  ]);
  const samples = verifySamples(await platformCertificate(database.url), new Date());
  const measured = await measureVerifyPage(publicUrl, samples, vectorIssuers());
  for (const { format, p50Ms, p95Ms, verdict, fetchP50Ms, requests } of measured.timings) {
    if (verdict !== "Valid") console.error(`verify: the page said "${verdict}" for ${format}, not Valid`);
    console.error(`verify: ${format} made ${requests} requests per check, waiting on them ${fetchP50Ms} ms (median)`);
    if (p95Ms > TARGET_P95_MS) console.error(`verify: ${format} p95 ${p95Ms} ms is over ${TARGET_P95_MS} ms`);
    process.stdout.write(`${JSON.stringify({ bench: "verify", where: "chromium", format, p50Ms, p95Ms })}\n`);
  }
  const scriptKb = Math.round((measured.scriptGzipBytes / 1024) * 10) / 10;
  const line = { bench: "verify", where: "chromium", page: "/", scripts: measured.scripts, scriptGzipKb: scriptKb };
  process.stdout.write(`${JSON.stringify({ ...line, targetKb: TARGET_SCRIPT_KB })}\n`);
} finally {
  await apps.stop();
  await database.stop();
}
