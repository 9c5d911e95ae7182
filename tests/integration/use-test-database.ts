import { randomBytes } from "node:crypto";
import { inject } from "vitest";

// Runs before each test file's imports, so @vax/db's `prisma` (which reads DATABASE_URL on first
// use, through the env validated at import) reaches the run's test database.
process.env.DATABASE_URL = inject("databaseUrl");
// Each run has secrets of its own: the key test tenants' signing keys are sealed with, and the
// session secret one-time codes are keyed from.
process.env.VAX_KEY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
