export { applyMigrations } from "./apply-migrations";
export { createMigration } from "./create-migration";
