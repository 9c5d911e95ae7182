import { createMigration } from "../migrate/create-migration";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:create -- <name in snake_case>");
  process.exit(2);
}
const folder = await createMigration(name);
console.log(folder ? `Wrote ${folder}/migration.sql` : "The schema matches the migrations: nothing to write.");
