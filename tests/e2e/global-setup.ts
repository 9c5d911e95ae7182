import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@vax/db";
import { seedDemoData } from "@vax/db/seed";
import { openTestDatabase } from "@vax/db/testing";
import { buildStaleApps } from "../../scripts/lib/build-apps";
import { issueDemoCertificates } from "../../scripts/lib/demo-certificates";
import { publicUrls, runApps, waitForHealth } from "../../scripts/lib/run-apps";
import { runWorker } from "../../scripts/lib/run-worker";
import { assertAppPortsFree } from "./support/assert-ports-free";
import { startTestMailbox } from "./support/test-mailbox";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const log = (line: string) => console.log(`[e2e] ${line}`);

/**
 * Starts the platform for one e2e run: a fresh migrated and seeded database (in-memory embedded
 * Postgres, or a new database on TEST_DATABASE_URL's local server), current builds, the four apps on
 * their ports, and the notification worker sending e-mail to a test SMTP server whose messages the
 * tests read. Returns the teardown that stops them all.
 */
export default async function globalSetup() {
  await assertAppPortsFree();
  await buildStaleApps(root, log);
  const database = await openTestDatabase({ serverUrl: process.env.TEST_DATABASE_URL || undefined });
  log(database.kind === "server" ? "Fresh database on TEST_DATABASE_URL" : `Embedded Postgres at ${database.url}`);
  // The tests' worker processes inherit it, to read what the platform wrote (the SMS outbox).
  process.env.DATABASE_URL = database.url;
  // Fresh secrets each run: nothing from a developer's .data/ leaks into the tests.
  const keyEncryptionKey = randomBytes(32).toString("base64");
  const db = createPrismaClient(database.url, 1);
  try {
    await seedDemoData(db, { keyEncryptionKey });
  } finally {
    await db.$disconnect();
  }
  // Issued under the verify app's URL on this run's port, which the apps trust as the issuer's.
  await issueDemoCertificates(root, {
    DATABASE_URL: database.url,
    VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey,
    VAX_PUBLIC_URL: publicUrls({}).VAX_PUBLIC_URL,
  });
  const platformEnv = {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey,
    VAX_DEMO: "true",
  };
  // The scale-out test starts more copies of an app and worker, which must share these.
  process.env.NEXTAUTH_SECRET = platformEnv.NEXTAUTH_SECRET;
  process.env.VAX_KEY_ENCRYPTION_KEY = keyEncryptionKey;
  const mailbox = await startTestMailbox();
  const apps = runApps(root, platformEnv);
  // E-mail leaves for real; SMS stays in the outbox, where the sign-in tests read the demo's codes.
  const worker = runWorker(root, {
    ...platformEnv,
    VAX_SMTP_URL: mailbox.smtpUrl,
    VAX_MAIL_FROM: "Demo Ministry of Health <certificates@demo.example>",
  });
  const teardown = async () => {
    await Promise.all([apps.stop(), worker.stop()]);
    await mailbox.stop();
    await database.stop();
  };
  try {
    await Promise.race([
      waitForHealth(),
      apps.exited.then(({ app, code }) => {
        throw new Error(`The ${app} app exited (code ${code}) before it was healthy`);
      }),
      worker.exited.then(({ code }) => {
        throw new Error(`The notification worker exited (code ${code}) before the apps were healthy`);
      }),
    ]);
  } catch (error) {
    await teardown();
    throw error;
  }
  log("All four apps are healthy");
  return teardown;
}
