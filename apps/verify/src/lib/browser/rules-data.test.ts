import type { BusinessRule } from "@vax/credentials/verify";
import { describe, expect, it } from "vitest";
import { destinationsOf, parseRules } from "./rules-data";

const rule = (Identifier: string, Type: BusinessRule["Type"], Country: string): BusinessRule => ({
  Identifier,
  Type,
  Country,
  Version: "1.0.0",
  SchemaVersion: "1.0.0",
  Engine: "CERTLOGIC",
  EngineVersion: "0.7.5",
  CertificateType: "Vaccination",
  Description: [{ lang: "en", desc: "At least 14 days since the last dose." }],
  ValidFrom: "2026-01-01T00:00:00Z",
  ValidTo: "2030-01-01T00:00:00Z",
  AffectedFields: ["v.0.dt"],
  Logic: { "!": [false] },
});

describe("the rules this checker keeps", () => {
  it("are read with the list's validity and the time they were fetched", () => {
    const fetchedAt = new Date("2026-12-06T10:00:00Z");
    const kept = parseRules({
      url: "http://x/api/v1/rules",
      data: { rules: [rule("VR-DE-0001", "Acceptance", "DE")], validUntil: "2026-12-07T10:00:00Z" },
      fetchedAt,
      fresh: true,
    });
    expect(kept).toMatchObject({ fetchedAt, fresh: true, validUntil: new Date("2026-12-07T10:00:00Z") });
    expect(kept.rules.map((r) => r.Identifier)).toEqual(["VR-DE-0001"]);
    expect(() => parseRules({ url: "x", data: { rules: [{ Identifier: "x" }] }, fetchedAt, fresh: true })).toThrow();
  });

  it("offer as destinations the countries with entry rules, not those with only issuers' rules", () => {
    const rules = [
      rule("VR-FR-0001", "Acceptance", "FR"),
      rule("IR-IN-0001", "Invalidation", "IN"),
      rule("VR-DE-0001", "Acceptance", "DE"),
      rule("VR-DE-0002", "Acceptance", "DE"),
    ];
    expect(destinationsOf(rules)).toEqual(["DE", "FR"]);
  });
});
