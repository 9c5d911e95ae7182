import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileDccSchemaModule, DCC_SCHEMA_VALIDATOR_PATH } from "./compile-dcc-schema.ts";
import { validateDccSchema } from "./validate-payload.ts";

const committed = readFileSync(join(import.meta.dirname, "..", "..", DCC_SCHEMA_VALIDATOR_PATH), "utf8");

describe("the precompiled EU DCC schema validator", () => {
  it("is what the schema and this ajv compile to (else run: npx tsx packages/credentials/src/cli/compile-dcc-schema.ts)", () => {
    expect(committed).toBe(compileDccSchemaModule());
  });

  it("evaluates no code, so a page that checks DCCs can forbid 'unsafe-eval'", () => {
    expect(committed).not.toMatch(/new Function|\beval\(|require\(/);
  });

  it("counts lengths in code points and checks date formats, through the run-time helpers", () => {
    const dose = {
      tg: "840539006",
      vp: "J07BX03",
      mp: "EU/1/20/1528",
      ma: "ORG-100030215",
      dn: 1,
      sd: 2,
      dt: "2021-02-30",
      co: "IN",
      is: "Ministry of Health",
      // 15 characters and 65 emoji: 80 code points, the most allowed, though 145 UTF-16 units.
      ci: `URN:UVCI:01:IN:${"😀".repeat(65)}`,
    };
    const payload = {
      ver: "1.3.0",
      nam: { fnt: "RAO", gnt: "ASHA", fn: "Rao", gn: "Asha" },
      dob: "1990-02-28",
      v: [dose],
    };
    expect(validateDccSchema(payload)).toEqual({ ok: false, errors: ['/v/0/dt must match format "date"'] });
    dose.dt = "2021-02-28";
    expect(validateDccSchema(payload)).toEqual({ ok: true });
    dose.ci = `URN:UVCI:01:IN:${"😀".repeat(66)}`;
    expect(validateDccSchema(payload)).toEqual({
      ok: false,
      errors: ["/v/0/ci must NOT have more than 80 characters"],
    });
  });
});
