import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@vax/config/env";
import { createPrismaClient } from "../client";
import { startEmbeddedPostgres } from "../embedded/start-embedded-postgres";
import { repositoryRoot } from "../migrate/paths";
import { seedDemoData } from "../seed/seed-demo-data";

if (env.NODE_ENV === "production") {
  console.error("Not seeding: NODE_ENV=production, and production never has demo data (its sign-ins are public).");
  process.exit(2);
}

// The key npm start sealed the embedded database's keys with, so a later start can open what this seeds.
const secretsFile = path.join(repositoryRoot, ".data/secrets.json");
const keyEncryptionKey =
  env.VAX_KEY_ENCRYPTION_KEY ??
  (existsSync(secretsFile)
    ? (JSON.parse(readFileSync(secretsFile, "utf8")) as { keyEncryptionKey: string }).keyEncryptionKey
    : undefined);
if (!keyEncryptionKey) {
  console.error("Set VAX_KEY_ENCRYPTION_KEY (or run npm start once, which makes .data/secrets.json) before seeding.");
  process.exit(2);
}

// Seeds the demo data into DATABASE_URL, or into the embedded database in .data/ when unset.
const embedded = env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: path.join(repositoryRoot, ".data/pglite") });
const db = createPrismaClient(env.DATABASE_URL ?? (embedded?.url as string), 1);
try {
  console.log(
    (await seedDemoData(db, { keyEncryptionKey }))
      ? "Seeded the demo ministry."
      : "The demo ministry is already there.",
  );
} finally {
  await db.$disconnect();
  await embedded?.stop();
}
