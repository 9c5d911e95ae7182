import { randomBytes } from "node:crypto";
import { openTestDatabase } from "@vax/db/testing";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  // Module augmentation needs an interface: this is how vitest types provide/inject.
  export interface ProvidedContext {
    databaseUrl: string;
    keyEncryptionKey: string;
    nextAuthSecret: string;
  }
}

/**
 * Opens the integration run's database (a fresh one on TEST_DATABASE_URL's local server, else an
 * in-memory embedded Postgres), migrates it, hands its URL to the tests and drops it afterwards.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL || undefined;
  const database = await openTestDatabase({ serverUrl });
  console.log(
    `[integration] ${database.kind === "server" ? "fresh database on TEST_DATABASE_URL" : "in-memory embedded Postgres"}`,
  );
  project.provide("databaseUrl", database.url);
  // One pair of secrets for the whole run: every file shares the database, so a key sealed by one
  // file (the demo seed's) must open in the next.
  project.provide("keyEncryptionKey", process.env.VAX_KEY_ENCRYPTION_KEY || randomBytes(32).toString("base64"));
  project.provide("nextAuthSecret", process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url"));
  return async () => {
    await database.stop();
  };
}
