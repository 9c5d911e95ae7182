import { inject } from "vitest";

// Runs before each test file's imports, so @vax/db's `prisma` (which reads DATABASE_URL on first
// use, through the env validated at import) reaches the run's test database.
process.env.DATABASE_URL = inject("databaseUrl");
