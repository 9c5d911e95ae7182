export { createTestCatalogue, type TestCatalogue } from "./create-test-catalogue";
export { createTestTenant, TEST_ADMIN_PASSWORD, type TestTenant } from "./create-test-tenant";
export { assertLocalDatabaseUrl } from "./local-database-url";
export { type OpenTestDatabaseOptions, openTestDatabase, type TestDatabase } from "./open-test-database";
export { withPgClient } from "./with-pg-client";
