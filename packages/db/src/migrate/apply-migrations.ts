import { readMigrationsList } from "./migrations-list";
import { migrationsDir, schemaPath } from "./paths";
import { openSchemaEngine } from "./schema-engine";

/**
 * Applies the pending migrations of prisma/migrations to the database and records them in
 * `_prisma_migrations`, exactly as `prisma migrate deploy` would; returns the names applied.
 */
export const applyMigrations = async (databaseUrl: string): Promise<string[]> => {
  const { engine, close } = await openSchemaEngine({ databaseUrl, schemaPath });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationsList(migrationsDir),
      filters: { externalTables: [], externalEnums: [] },
    });
    return appliedMigrationNames;
  } finally {
    await close();
  }
};
