import { inject } from "vitest";

// Runs before each test file's imports, so @vax/db's `prisma` (which reads DATABASE_URL on first
// use, through the env validated at import) reaches the run's test database, and the run's
// secrets seal and open the test tenants' signing keys and key the one-time codes.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.VAX_KEY_ENCRYPTION_KEY = inject("keyEncryptionKey");
process.env.NEXTAUTH_SECRET = inject("nextAuthSecret");
