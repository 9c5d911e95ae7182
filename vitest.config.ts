import { defineConfig } from "vitest/config";

const ignored = ["**/node_modules/**", "**/.next/**", "**/.turbo/**", "**/.data/**", "**/generated/**", "scratch/**"];

// Two projects: unit tests run in parallel on pure logic; integration tests share one database.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...ignored, "**/*.integration.test.ts", "tests/e2e/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude: ignored,
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/use-test-database.ts"],
          // One worker, one file at a time: every file shares the run's database.
          pool: "forks",
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
