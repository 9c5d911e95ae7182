import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file so that scripts work from any directory. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
/** The one Prisma schema of the platform. */
export const schemaPath = path.join(repositoryRoot, "prisma/schema.prisma");
/** The committed migrations. */
export const migrationsDir = path.join(repositoryRoot, "prisma/migrations");
