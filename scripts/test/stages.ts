import { type Counts, readPlaywrightReport, readVitestReport } from "./read-results";

/** One step of `npm test`: a command, and how its outcome turns into test counts. */
export type Stage = {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** The JSON report the command writes; without one, the exit code is the single result. */
  report?: { file: string; read: (file: string) => Counts };
  /**
   * Runs while the stage before it runs, its output kept in this file and printed when both end.
   * The integration suites run one file at a time, about one core each, so the two databases'
   * runs share the machine's two cores instead of queueing.
   */
  besidePrevious?: { log: string };
};

const vitest = (name: string, project: string, file: string, env: NodeJS.ProcessEnv): Stage => ({
  name,
  command: "npx",
  args: ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${file}`],
  env,
  report: { file, read: readVitestReport },
});

/** The stages in order: lint, typecheck, unit, integration (embedded, and beside it TEST_DATABASE_URL's when set), e2e. */
export const testStages = (env: NodeJS.ProcessEnv): Stage[] => {
  const { TEST_DATABASE_URL: serverUrl, ...embeddedEnv } = env;
  const stages: Stage[] = [
    { name: "lint", command: "npx", args: ["biome", "check", "."], env },
    { name: "typecheck", command: "npm", args: ["run", "typecheck"], env },
    vitest("unit", "unit", "test-results/unit.json", env),
    vitest("integration (embedded)", "integration", "test-results/integration.json", embeddedEnv),
  ];
  if (serverUrl) {
    stages.push({
      ...vitest("integration (PostgreSQL)", "integration", "test-results/integration-postgres.json", env),
      besidePrevious: { log: "test-results/integration-postgres.log" },
    });
  }
  // The e2e run uses the embedded database, as `npm start` does by default; the integration
  // stage above already covers a PostgreSQL server.
  stages.push({
    name: "e2e",
    command: "npx",
    args: ["playwright", "test"],
    env: embeddedEnv,
    report: { file: "test-results/e2e.json", read: readPlaywrightReport },
  });
  return stages;
};
