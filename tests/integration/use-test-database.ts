import { randomBytes } from "node:crypto";
import { inject } from "vitest";

// Runs before each test file's imports, so @vax/db's `prisma` (which reads DATABASE_URL on first
// use, through the env validated at import) reaches the run's test database.
process.env.DATABASE_URL = inject("databaseUrl");
// Each run seals its test tenants' signing keys with a key of its own.
process.env.VAX_KEY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
