import path from "node:path";
import { env } from "@vax/config/env";
import { startEmbeddedPostgres } from "../embedded/start-embedded-postgres";
import { applyMigrations } from "../migrate/apply-migrations";
import { repositoryRoot } from "../migrate/paths";

// Applies pending migrations to DATABASE_URL, or to the embedded database in .data/ when unset.
const embedded = env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: path.join(repositoryRoot, ".data/pglite") });
try {
  const applied = await applyMigrations(env.DATABASE_URL ?? (embedded?.url as string));
  console.log(applied.length > 0 ? `Applied ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await embedded?.stop();
}
