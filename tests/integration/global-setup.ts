import { openTestDatabase } from "@vax/db/testing";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  // Module augmentation needs an interface: this is how vitest types provide/inject.
  export interface ProvidedContext {
    databaseUrl: string;
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
  return async () => {
    await database.stop();
  };
}
