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
          // The files of a worker share one module graph: each file importing the credentials and PDF stacks again
          // cost more than all the tests. The few that stub a global or a timer restore it after themselves.
          isolate: false,
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
          // One worker, one file at a time: every file shares the run's database. The files share one module
          // graph too (no file mocks a module or stubs the environment): importing core again for each of some
          // 70 files took longer than their tests.
          pool: "forks",
          maxWorkers: 1,
          fileParallelism: false,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
