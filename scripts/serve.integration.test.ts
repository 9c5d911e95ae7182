import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// npm run serve as an operator runs it on each machine: every refusal comes before a port is taken.
const serve = (args: string[], variables: Record<string, string>) => {
  const { DATABASE_URL: _database, NEXTAUTH_SECRET: _secret, VAX_KEY_ENCRYPTION_KEY: _key, ...inherited } = process.env;
  const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/serve.ts"), ...args], {
    cwd: root,
    env: { ...inherited, NODE_ENV: "", ...variables },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, errors: run.stderr.trim().split("\n")[0] };
};

describe("npm run serve", () => {
  it("answers a wrong command with its usage and exit code 2", () => {
    expect(serve([], {})).toEqual({ status: 2, errors: "[serve] no app given" });
    expect(serve(["billing"], {})).toEqual({ status: 2, errors: '[serve] unknown app "billing"' });
    expect(serve(["facility", "--port", "80a"], {})).toEqual({
      status: 2,
      errors: "[serve] --port must be a port number",
    });
  });

  it("refuses to make up what every copy must share", () => {
    expect(serve(["facility"], { DATABASE_URL: "postgresql://vax@db.invalid/vax" })).toEqual({
      status: 1,
      errors:
        "[serve] NEXTAUTH_SECRET, VAX_KEY_ENCRYPTION_KEY not set: every copy of every app and worker must be given the same ones.",
    });
  });

  it("checks production as npm start does", () => {
    const refused = serve(["verify"], {
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://vax@db.invalid/vax",
      NEXTAUTH_SECRET: "s".repeat(44),
      VAX_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
      VAX_PUBLIC_URL: "http://verify.health.example.gov",
    });
    expect(refused).toEqual({
      status: 1,
      errors:
        "[serve] Not starting in production: VAX_PUBLIC_URL is not an https URL (verifiers fetch the issuers' keys from it).",
    });
  });
});
