import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI wants a native schema-engine binary it cannot download here. `prisma generate`
// never runs it, so a stub that explains itself is enough; migrations go through the
// WebAssembly engine in @vax/db (`npm run db:migrate`).
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.resolve("scripts/prisma-schema-engine-stub.sh");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
