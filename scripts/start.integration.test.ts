import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "@vax/config/env";
import { prisma } from "@vax/db";
import { seedDemoData } from "@vax/db/seed";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const production = {
  NODE_ENV: "production",
  NEXTAUTH_SECRET: "s".repeat(44),
  VAX_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
  VAX_PUBLIC_URL: "https://verify.health.example.gov",
};

// npm start as an operator runs it; every refusal must come before an app is built or a port taken.
const start = (variables: Record<string, string>) => {
  const { DATABASE_URL: _database, VAX_DEMO: _demo, ...inherited } = process.env;
  const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/start.ts")], {
    cwd: root,
    env: { ...inherited, NEXTAUTH_SECRET: "", VAX_KEY_ENCRYPTION_KEY: "", VAX_PUBLIC_URL: "", ...variables },
    encoding: "utf8",
    timeout: 60_000,
  });
  return {
    status: run.status,
    errors: run.stderr
      .trim()
      .split("\n")
      .filter((line) => line.startsWith("[start]")),
  };
};

describe("npm start in production", () => {
  it("refuses without its secrets, an https public URL and a database, naming each in one line", () => {
    const { status, errors } = start({ NODE_ENV: "production" });
    expect(status).toBe(1);
    expect(errors).toHaveLength(1);
    for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "VAX_KEY_ENCRYPTION_KEY", "VAX_PUBLIC_URL"]) {
      expect(errors[0]).toContain(`${name} is not set`);
    }
    const plainHttp = start({
      ...production,
      DATABASE_URL: "postgresql://vax@db.invalid/vax",
      VAX_PUBLIC_URL: "http://verify.health.example.gov",
    });
    expect(plainHttp).toEqual({
      status: 1,
      errors: [
        "[start] Not starting in production: VAX_PUBLIC_URL is not an https URL (verifiers fetch the issuers' keys from it).",
      ],
    });
    const demo = start({ ...production, DATABASE_URL: "postgresql://vax@db.invalid/vax", VAX_DEMO: "true" });
    expect(demo.errors).toEqual([
      "[start] Not starting in production: VAX_DEMO=true is not allowed: production never has demo data.",
    ]);
  });

  it("refuses a database that holds the demo tenant, whose sign-ins and token are public", async () => {
    await seedDemoData(prisma, { keyEncryptionKey: env.VAX_KEY_ENCRYPTION_KEY as string });
    const { status, errors } = start({ ...production, DATABASE_URL: process.env.DATABASE_URL as string });
    expect(status).toBe(1);
    expect(errors).toEqual([
      "[start] Not starting in production: the demo tenant (demo-ministry) exists in this database, and its sign-ins and token are public; use a database without demo data.",
    ]);
  });
});
