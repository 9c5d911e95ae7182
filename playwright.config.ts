import { defineConfig, devices } from "@playwright/test";

/** Flags for a headless Chromium in a container as root, with nothing fetched in the background (benches use them too). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// No webServer entries: the global setup starts the whole platform on a fresh database itself,
// because the four apps must share one database that it creates, migrates and seeds first.
export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  // Kept apart from test-results/ itself, which Playwright empties and which holds the vitest reports.
  outputDir: "test-results/e2e-artifacts",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // Recording a trace of every test made the run a quarter slower; in CI a failing test's retry records one.
  use: { trace: process.env.CI ? "on-first-retry" : "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
      },
    },
  ],
});
