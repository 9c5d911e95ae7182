import { describe, expect, it } from "vitest";
import { platformMode } from "./platform-mode";

const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://vax@db.internal:5432/vax",
  NEXTAUTH_SECRET: "k".repeat(43),
  VAX_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  VAX_PUBLIC_URL: "https://verify.health.example.gov",
};

describe("platformMode", () => {
  it("seeds demo data on the embedded database, and on a PostgreSQL server only when asked", () => {
    expect(platformMode({})).toEqual({ ok: true, mode: { production: false, demo: true } });
    expect(platformMode({ VAX_DEMO: "false" })).toEqual({ ok: true, mode: { production: false, demo: false } });
    expect(platformMode({ DATABASE_URL: "postgresql://x/y" })).toMatchObject({ mode: { demo: false } });
    expect(platformMode({ DATABASE_URL: "postgresql://x/y", VAX_DEMO: "true" })).toMatchObject({
      mode: { demo: true },
    });
  });

  it("starts production without demo data when every secret and an https public URL are given", () => {
    expect(platformMode(production)).toEqual({ ok: true, mode: { production: true, demo: false } });
  });

  it("names each missing or unusable setting of production", () => {
    const result = platformMode({ NODE_ENV: "production" });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "VAX_KEY_ENCRYPTION_KEY", "VAX_PUBLIC_URL"]) {
      expect(problems.some((problem) => problem.startsWith(`${name} is not set`))).toBe(true);
    }
    const weak = platformMode({
      ...production,
      VAX_PUBLIC_URL: "http://verify.health.example.gov",
      NEXTAUTH_SECRET: "short",
      VAX_KEY_ENCRYPTION_KEY: "c2l4dGVlbiBieXRlcyEh",
      VAX_DEMO: "true",
    });
    expect(weak.ok ? [] : weak.problems).toEqual([
      "VAX_DEMO=true is not allowed: production never has demo data",
      "NEXTAUTH_SECRET is shorter than 32 characters",
      "VAX_KEY_ENCRYPTION_KEY is not 32 bytes in base64",
      "VAX_PUBLIC_URL is not an https URL (verifiers fetch the issuers' keys from it)",
    ]);
  });

  it("refuses a VAX_DEMO that is neither true nor false", () => {
    expect(platformMode({ VAX_DEMO: "yes" })).toEqual({
      ok: false,
      problems: ['VAX_DEMO must be true or false, not "yes"'],
    });
  });
});
