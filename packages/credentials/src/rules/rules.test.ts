import {
  ContentInfo,
  EncapsulatedContent,
  EncapsulatedContentInfo,
  id_data,
  id_signedData,
  SignedData,
} from "@peculiar/asn1-cms";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { describe, expect, it } from "vitest";
import { encodeBase64 } from "../divoc/encoding.ts";
import { type BusinessRule, type VerifyResult, verify } from "../verify/index.ts";
import { readJsonVector, readVector, vectorTrust } from "../verify/vectors.ts";
import { evaluateRule } from "./evaluate-rule.ts";
import { readBusinessRules } from "./read-rules.ts";
import { selectRules } from "./select-rules.ts";
import { validityRule } from "./validity-rule.ts";

const rule = (fields: Partial<BusinessRule> = {}): BusinessRule => ({
  Identifier: "VR-XX-0001",
  Type: "Acceptance",
  Country: "XX",
  Version: "1.0.0",
  SchemaVersion: "1.3.0",
  Engine: "CERTLOGIC",
  EngineVersion: "1.2.2",
  CertificateType: "Vaccination",
  Description: [
    { lang: "de", desc: "Eine Impfung." },
    { lang: "en", desc: "A vaccination." },
  ],
  ValidFrom: "2021-01-01T00:00:00Z",
  ValidTo: "2030-01-01T00:00:00Z",
  AffectedFields: ["v.0"],
  Logic: { "!": [{ "!": [{ var: "payload.v.0" }] }] },
  ...fields,
});
const ids = (rules: BusinessRule[]) => rules.map((item) => `${item.Country} ${item.Identifier} ${item.Version}`);
const at = new Date("2022-06-01T00:00:00Z");
const trust = vectorTrust();
const divoc = readJsonVector("divoc/rsa-signed.json");
const rulesCheck = (result: VerifyResult) => result.checks.find((check) => check.name === "rules");

describe("readBusinessRules", () => {
  it("reads one rule, an array, a {rules} list and JSON text alike", () => {
    for (const input of [rule(), [rule()], { rules: [rule()] }, JSON.stringify([rule()])]) {
      expect(readBusinessRules(input)).toEqual({ rules: [rule()], refused: [] });
    }
  });

  it("opens the EU gateway download: each version's rule inside its CMS", () => {
    const cms = (value: unknown) => {
      const eContent = new EncapsulatedContent({
        single: new OctetString(new TextEncoder().encode(JSON.stringify(value))),
      });
      const signed = new SignedData({
        encapContentInfo: new EncapsulatedContentInfo({ eContentType: id_data, eContent }),
      });
      const info = new ContentInfo({ contentType: id_signedData, content: AsnConvert.serialize(signed) });
      return encodeBase64(new Uint8Array(AsnConvert.serialize(info)));
    };
    const download = {
      "VR-XX-0001": [
        { version: "1.0.0", cms: cms(rule()) },
        { version: "1.1.0", cms: cms(rule({ Version: "1.1.0" })) },
      ],
      "VR-XX-0002": [{ version: "1.0.0", cms: "bm90IGEgQ01T" }],
    };
    const read = readBusinessRules(download);
    expect(read.rules.map((item) => item.Version)).toEqual(["1.0.0", "1.1.0"]);
    expect(read.refused).toEqual([
      { item: "VR-XX-0002", reason: expect.stringMatching(/^its gateway CMS could not be opened/) },
    ]);
  });

  it("refuses invalid CertLogic, an unknown engine, ValidTo before ValidFrom, and says why", () => {
    const read = readBusinessRules([
      rule({ Identifier: "BAD-LOGIC", Logic: { frobnicate: [1, 2] } }),
      rule({ Identifier: "BAD-ENGINE", Engine: "JSONLOGIC" }),
      rule({ Identifier: "BAD-DATES", ValidFrom: "2022-01-01T00:00:00Z", ValidTo: "2021-01-01T00:00:00Z" }),
      "not a rule",
      rule(),
    ]);
    expect(read.rules).toEqual([rule()]);
    expect(read.refused).toEqual([
      { item: "BAD-LOGIC", reason: expect.stringMatching(/^Logic is not valid CertLogic: .*frobnicate/) },
      { item: "BAD-ENGINE", reason: 'Engine "JSONLOGIC" is unknown (only CERTLOGIC is run).' },
      { item: "BAD-DATES", reason: "ValidTo is before ValidFrom." },
      { item: "item 4", reason: "not a rule object." },
    ]);
  });

  it("refuses a document that is not JSON or holds more rules than any country publishes", () => {
    expect(readBusinessRules("{not json").refused).toEqual([
      { item: "document", reason: expect.stringMatching(/^not JSON/) },
    ]);
    expect(readBusinessRules(Array.from({ length: 2001 }, () => rule())).refused).toEqual([
      { item: "document", reason: "more than 2000 rules" },
    ]);
  });
});

describe("selectRules", () => {
  const rules = [
    rule(),
    rule({ Version: "1.10.0" }),
    rule({ Version: "1.9.0" }),
    rule({ Identifier: "VR-XX-0002", ValidFrom: "2023-01-01T00:00:00Z" }),
    rule({ Identifier: "VR-XX-0003", ValidTo: "2022-01-01T00:00:00Z" }),
    rule({ Identifier: "VR-YY-0001", Country: "YY" }),
    rule({ Identifier: "IR-ZZ-0001", Type: "Invalidation", Country: "ZZ" }),
    rule({ Identifier: "IR-XX-0001", Type: "Invalidation" }),
    rule({ Identifier: "TR-XX-0001", CertificateType: "Test" }),
    rule({ Identifier: "GR-XX-0001", CertificateType: "General" }),
  ];

  it("takes the destination's acceptance and the issuer's invalidation rules in force, newest version first", () => {
    const selected = selectRules(rules, { destination: "XX", issuerCountry: "ZZ", certificateType: "Vaccination", at });
    expect(ids(selected.applicable)).toEqual(["XX GR-XX-0001 1.0.0", "ZZ IR-ZZ-0001 1.0.0", "XX VR-XX-0001 1.10.0"]);
    expect(ids(selected.notApplicable)).toEqual(["XX TR-XX-0001 1.0.0"]);
  });

  it("takes a rule once it comes into force, and only the issuer's invalidation rules without a destination", () => {
    const later = selectRules(rules, { destination: "XX", certificateType: "Vaccination", at: new Date("2023-06-01") });
    expect(ids(later.applicable)).toContain("XX VR-XX-0002 1.0.0");
    const none = selectRules(rules, { issuerCountry: "XX", certificateType: "Vaccination", at });
    expect(ids(none.applicable)).toEqual(["XX IR-XX-0001 1.0.0"]);
  });
});

describe("verify with rules", () => {
  const year = validityRule({ country: "IN", days: 365, validFrom: "2020-01-01T00:00:00Z" });

  it("judges a DIVOC certificate by its issuer's validity rule: valid 365 days after the dose, then not", async () => {
    // The DIVOC sample's dose was given on 2020-12-02; its issuer's trust entry is India's.
    const inside = await verify(divoc, { trust, rules: [year], now: new Date("2021-09-15T00:00:00Z") });
    expect(inside.rules).toEqual([
      {
        id: "IR-IN-0001",
        version: "1.0.0",
        type: "invalidation",
        country: "IN",
        description: "Valid for 365 days after the last dose.",
        status: "passed",
      },
    ]);
    expect(rulesCheck(inside)).toMatchObject({ status: "passed", reason: "The one rule of India passed." });
    expect(inside.verified).toBe(true);
    const outside = await verify(divoc, { trust, rules: [year], now: new Date("2021-12-03T00:00:00Z") });
    expect(rulesCheck(outside)).toMatchObject({
      status: "failed",
      reason: "The rule of India failed: Valid for 365 days after the last dose.",
    });
    expect(outside.verified).toBe(false);
  });

  it("judges only the named issuer's certificates when the validity rule names one", async () => {
    const now = new Date("2021-12-03T00:00:00Z");
    const others = validityRule({
      country: "IN",
      days: 365,
      issuer: "Another tenant",
      validFrom: "2020-01-01T00:00:00Z",
    });
    const own = validityRule({ country: "IN", days: 365, issuer: "DIVOC demo", validFrom: "2020-01-01T00:00:00Z" });
    expect(rulesCheck(await verify(divoc, { trust, rules: [others], now }))?.status).toBe("passed");
    expect(rulesCheck(await verify(divoc, { trust, rules: [own], now }))?.status).toBe("failed");
  });

  it("counts every rule that passed, and names a rule that could not be evaluated", async () => {
    const passing = [1, 2, 3, 4, 5].map((n) => rule({ Identifier: `VR-DE-000${n}`, Country: "DE" }));
    const all = await verify(divoc, { trust, rules: passing, destination: "DE", now: new Date("2021-09-15") });
    expect(rulesCheck(all)).toMatchObject({ status: "passed", reason: "All 5 rules of Germany passed." });
    const broken = rule({ Country: "DE", Logic: { "<": [{ var: "payload.v.0.dt" }, 3] } });
    const failed = await verify(divoc, { trust, rules: [broken], destination: "DE", now: new Date("2021-09-15") });
    expect(failed.rules?.[0]).toMatchObject({
      status: "failed",
      description: "A vaccination.",
      reason: expect.stringMatching(/^The rule could not be evaluated: .*integer/),
    });
  });

  it("makes the certificate wait after the dose that completes the schedule when the rule says so", () => {
    const waiting = validityRule({ country: "AT", days: 365, waitDays: 14, validFrom: "2020-01-01T00:00:00Z" });
    expect(readBusinessRules(waiting)).toEqual({ rules: [waiting], refused: [] });
    const judge = (dn: number, sd: number, clock: string) =>
      evaluateRule(waiting, {
        payload: { v: [{ dn, sd, dt: "2021-06-01" }] },
        external: { validationClock: clock, valueSets: {}, countryCode: "AT" },
      }).status;
    expect(judge(2, 2, "2021-06-10T00:00:00Z")).toBe("failed");
    expect(judge(2, 2, "2021-06-16T00:00:00Z")).toBe("passed");
    expect(judge(3, 2, "2021-06-02T00:00:00Z")).toBe("passed");
    expect(judge(2, 2, "2022-06-02T00:00:00Z")).toBe("failed");
  });

  it("does not judge a certificate whose signature failed, and says when no rules were given", async () => {
    const forged = await verify(readVector("divoc/rsa-tampered.json"), { trust, rules: [year], now: at });
    expect(rulesCheck(forged)).toMatchObject({
      status: "skipped",
      reason: "Not checked, because the signature check failed.",
    });
    expect(forged.rules).toBeUndefined();
    const without = await verify(divoc, { trust, now: at });
    expect(rulesCheck(without)).toEqual({ name: "rules", status: "skipped", reason: "No business rules were given." });
  });
});
