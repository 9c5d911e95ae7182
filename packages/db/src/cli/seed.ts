import path from "node:path";
import { env } from "@vax/config/env";
import { createPrismaClient } from "../client";
import { startEmbeddedPostgres } from "../embedded/start-embedded-postgres";
import { repositoryRoot } from "../migrate/paths";
import { seedDemoData } from "../seed/seed-demo-data";

// Seeds the demo data into DATABASE_URL, or into the embedded database in .data/ when unset.
const embedded = env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: path.join(repositoryRoot, ".data/pglite") });
const db = createPrismaClient(env.DATABASE_URL ?? (embedded?.url as string), 1);
try {
  console.log((await seedDemoData(db)) ? "Seeded the demo ministry." : "The demo ministry is already there.");
} finally {
  await db.$disconnect();
  await embedded?.stop();
}
