// The platform as the verify and fuzz benches need it: a fresh embedded database with the demo data and its
// certificates, and the built verify app alone under `next start` on its own port.
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@vax/db";
import { seedDemoData } from "@vax/db/seed";
import { openTestDatabase } from "@vax/db/testing";
import { platformApps, portOf } from "../../scripts/lib/apps.ts";
import { issueDemoCertificates } from "../../scripts/lib/demo-certificates.ts";
import { runApps, waitForHealth } from "../../scripts/lib/run-apps.ts";
import { buildAppIfStale } from "../certify/facility-build.ts";
import { root } from "./bench-apps.ts";

const verifyApp = platformApps.find((app) => app.name === "verify") as (typeof platformApps)[3];

/** A running demo verify app: its public URL (localhost, as the issuers' did:web names it) and its database. */
export type DemoVerifyApp = {
  publicUrl: string;
  /** The same app at 127.0.0.1, for Node's fetch (which may try ::1 first for localhost). */
  loopbackUrl: string;
  databaseUrl: string;
  /** A certificate the platform signed (its W3C credential), whose issuer the app trusts. */
  platformCertificate: () => Promise<Record<string, unknown>>;
  stop: () => Promise<void>;
};

const firstActiveCertificate = async (databaseUrl: string): Promise<Record<string, unknown>> => {
  const db = createPrismaClient(databaseUrl, 1);
  try {
    const certificate = await db.certificate.findFirst({ where: { status: "ACTIVE" }, orderBy: { issuedAt: "asc" } });
    if (!certificate) throw new Error("the demo data issued no certificate");
    return certificate.payload as Record<string, unknown>;
  } finally {
    await db.$disconnect();
  }
};

/** Builds the verify app when stale, seeds a fresh database and starts the app; `stop` ends both. */
export const startDemoVerifyApp = async (): Promise<DemoVerifyApp> => {
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
  const stop = async () => {
    await apps.stop();
    await database.stop();
  };
  try {
    await Promise.race([
      waitForHealth([verifyApp]),
      apps.exited.then(({ code }) => {
        throw new Error(`The verify app exited (code ${code}) before it was healthy`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    publicUrl,
    loopbackUrl: `http://127.0.0.1:${portOf(verifyApp)}`,
    databaseUrl: database.url,
    platformCertificate: () => firstActiveCertificate(database.url),
    stop,
  };
};
