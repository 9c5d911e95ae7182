import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CLUSTER_CONFIG = "/etc/postgresql/15/main";
const CI_SERVER_URL = "postgresql://vax_ci:vax_ci@127.0.0.1:5432/postgres";

// The same role .ci/run makes, so the bench and CI share one idempotent set-up.
const CREATE_ROLE = `DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vax_ci') THEN
    CREATE ROLE vax_ci LOGIN CREATEDB PASSWORD 'vax_ci';
  END IF;
END
$$;`;

const isRoot = process.getuid?.() === 0;
const asRoot = (command: string, args: string[]) =>
  isRoot
    ? spawnSync(command, args, { stdio: "ignore" })
    : spawnSync("sudo", ["-n", command, ...args], { stdio: "ignore" });
const asPostgres = (command: string, input: string) =>
  isRoot
    ? execFileSync("su", ["postgres", "-c", command], { input, stdio: ["pipe", "ignore", "inherit"] })
    : execFileSync("sudo", ["-n", "-u", "postgres", "sh", "-c", command], {
        input,
        stdio: ["pipe", "ignore", "inherit"],
      });

const ready = () => spawnSync("pg_isready", ["-q", "-h", "127.0.0.1", "-p", "5432"]).status === 0;

/**
 * The PostgreSQL server to bench on: BENCH_DATABASE_URL or TEST_DATABASE_URL when given, else this
 * machine's PostgreSQL 15 started as .ci/run starts it (and left running, as CI leaves it), or
 * why there is none.
 */
export const postgresServer = async (): Promise<{ serverUrl: string } | { skipped: string }> => {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
  const given = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (given) return { serverUrl: given };
  if (!existsSync(CLUSTER_CONFIG) || spawnSync("pg_ctlcluster", ["--help"], { stdio: "ignore" }).error) {
    return { skipped: "PostgreSQL 15 is not installed and neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set" };
  }
  if (!ready()) {
    console.error("certify: starting PostgreSQL 15 (pg_ctlcluster 15 main start; it is left running)");
    asRoot("pg_ctlcluster", ["--skip-systemctl-redirect", "15", "main", "start"]);
    for (let tries = 0; tries < 30 && !ready(); tries++) await new Promise((resolve) => setTimeout(resolve, 1_000));
    if (!ready()) return { skipped: "PostgreSQL 15 did not start (see /var/log/postgresql/postgresql-15-main.log)" };
  }
  asPostgres("psql -v ON_ERROR_STOP=1 -qAt", CREATE_ROLE);
  return { serverUrl: CI_SERVER_URL };
};
