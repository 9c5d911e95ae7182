import { randomBytes } from "node:crypto";
import { startEmbeddedPostgres } from "../embedded/start-embedded-postgres";
import { applyMigrations } from "../migrate/apply-migrations";
import { assertLocalDatabaseUrl } from "./local-database-url";
import { withPgClient } from "./with-pg-client";

/** A fresh, migrated database for one test run, and the way to throw it away. */
export type TestDatabase = {
  url: string;
  /** Where it lives: an in-memory embedded Postgres, or a new database on a local server. */
  kind: "embedded" | "server";
  stop: () => Promise<void>;
};

/** Options for {@link openTestDatabase}. */
export type OpenTestDatabaseOptions = {
  /** A local PostgreSQL server to create the database on; omit for an in-memory embedded Postgres. */
  serverUrl?: string;
};

// PostgreSQL's "insufficient privilege": FORCE may not end a backend of a role this user cannot signal.
const INSUFFICIENT_PRIVILEGE = "42501";

// FORCE: a pool the tests forgot to close must not leave the database behind. FORCE refuses to end an
// autovacuum worker (a big run sets one off), though, and a plain DROP ends those itself.
const dropServerDatabase = (serverUrl: string, name: string) =>
  withPgClient(serverUrl, async (client) => {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } catch (error) {
      if ((error as { code?: unknown }).code !== INSUFFICIENT_PRIVILEGE) throw error;
      await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    }
  });

const createServerDatabase = async (serverUrl: string): Promise<TestDatabase> => {
  const server = assertLocalDatabaseUrl(serverUrl);
  // Random rather than sequential: two runs on one server (CI jobs, a developer's loop) never collide.
  const name = `vax_test_${randomBytes(6).toString("hex")}`;
  await withPgClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "server",
    stop: () => dropServerDatabase(serverUrl, name),
  };
};

/**
 * Opens a database for one test run with every migration applied: a new `vax_test_<random>`
 * database on the given local server, or an in-memory embedded Postgres.
 */
export const openTestDatabase = async ({ serverUrl }: OpenTestDatabaseOptions = {}): Promise<TestDatabase> => {
  const database = serverUrl
    ? await createServerDatabase(serverUrl)
    : await startEmbeddedPostgres().then(({ url, stop }) => ({ url, stop, kind: "embedded" as const }));
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
};
