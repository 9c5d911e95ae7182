import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type VerifyResult, verify } from "../verify/index.ts";
import { dccVector, readJsonVector, readVector, vectorPath, vectorTrust } from "../verify/vectors.ts";
import { readBusinessRules } from "./read-rules.ts";

// Real rules of Germany and the EU, as countries published them through the gateway (testdata/eu-dcc/rules/).
const files = readdirSync(vectorPath("eu-dcc/rules/")).filter((name) => name.endsWith(".json"));
const { rules, refused } = readBusinessRules(files.map((name) => JSON.parse(readVector(`eu-dcc/rules/${name}`))));
const trust = vectorTrust();
const outcome = (result: VerifyResult, id: string) => result.rules?.find((rule) => rule.id === id);
const rulesCheck = (result: VerifyResult) => result.checks.find((check) => check.name === "rules");

describe("rules: real EU rules on the EU DCC common vectors", () => {
  it("reads every published rule file without refusing one", () => {
    expect(refused).toEqual([]);
    expect(rules.map((rule) => rule.Identifier).sort()).toEqual(files.map((name) => name.replace(".json", "")).sort());
  });

  it("judges CO3 (dose 1 of 2) by Germany's rules: the schedule rule fails, the others pass or do not apply", async () => {
    const result = await verify(dccVector.text, {
      trust,
      now: new Date("2021-11-01T12:00:00Z"),
      rules,
      destination: "DE",
    });
    expect(outcome(result, "VR-DE-0001")).toMatchObject({
      status: "failed",
      type: "acceptance",
      country: "DE",
      description: "The vaccination schedule must be complete (e.g., 1/1, 2/2).",
    });
    for (const id of ["VR-DE-0002", "VR-DE-0003", "VR-DE-0004"]) expect(outcome(result, id)?.status).toBe("passed");
    expect(outcome(result, "TR-DE-0001")?.status).toBe("not applicable");
    expect(outcome(result, "RR-DE-0001")?.status).toBe("not applicable");
    // The EU's template rules are the EU's, not Germany's: they are not chosen for a trip to Germany.
    expect(outcome(result, "GR-EU-0000")).toBeUndefined();
    expect(rulesCheck(result)).toMatchObject({
      status: "failed",
      reason: "1 of 4 rules of Germany failed: The vaccination schedule must be complete (e.g., 1/1, 2/2).",
    });
    expect(result.verified).toBe(false);
  });

  it("passes and fails the same certificate by date: one year after the dose Germany's age rule fails", async () => {
    const options = { trust, rules, destination: "DE" };
    const before = await verify(dccVector.text, { ...options, now: new Date("2022-02-10T00:00:00Z") });
    const after = await verify(dccVector.text, { ...options, now: new Date("2022-02-20T00:00:00Z") });
    expect(outcome(before, "VR-DE-0004")?.status).toBe("passed");
    expect(outcome(after, "VR-DE-0004")).toMatchObject({
      status: "failed",
      reason: "The vaccine must have been administered no longer than one year ago.",
    });
  });

  it("skips the rules before Germany's rules came into force, and the certificate stays valid", async () => {
    const result = await verify(dccVector.text, { trust, now: dccVector.now, rules, destination: "DE" });
    expect(rulesCheck(result)).toEqual({
      name: "rules",
      status: "skipped",
      reason: "No rule of Germany applies to this certificate on 2021-05-03.",
    });
    expect(result.rules).toEqual([]);
    expect(result.verified).toBe(true);
  });

  it("judges the valid common vectors CO1-CO3 alike by the EU's own template rule", async () => {
    for (const name of ["CO1", "CO2", "CO3"]) {
      const vector = readJsonVector<{ PREFIX: string; TESTCTX: { CERTIFICATE: string } }>(`eu-dcc/common/${name}.json`);
      const signer = {
        name: "EU DCC test signer",
        country: "AT",
        ids: ["AT"],
        keys: [{ certificate: vector.TESTCTX.CERTIFICATE }],
      };
      const result = await verify(vector.PREFIX, {
        trust: { issuers: [signer] },
        now: new Date("2021-08-01T00:00:00Z"),
        rules,
        destination: "EU",
      });
      expect(result.rules).toEqual([expect.objectContaining({ id: "GR-EU-0000", status: "passed" })]);
      expect(rulesCheck(result)).toMatchObject({ status: "passed", reason: "The one rule of the EU passed." });
    }
  });
});
