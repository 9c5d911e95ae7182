import { readFileSync } from "node:fs";
import { deflateSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { vectorPath } from "../verify/vectors.ts";
import { decodeBase64Url, encodeBase64Url } from "./base64url.ts";
import { buildShcPayload, issueShc, SHC_COVID19_IMMUNIZATION_TYPES } from "./issue-shc.ts";
import { decodeShcQr } from "./numeric-qr.ts";
import { computeShcRid, generateShcKey, type ShcSigningKey } from "./shc-keys.ts";
import { buildVaccinationBundle, type ShcVaccinationRecord } from "./vaccination-bundle.ts";
import { type ShcJwks, verifyShc } from "./verify-shc.ts";

const dir = vectorPath("shc/");
const issuer = "https://vax.example/issuer";
const record: ShcVaccinationRecord = {
  patient: { family: "Anyperson", given: ["John", "B."], birthDate: "1951-01-20" },
  doses: [
    { cvx: "207", date: "2021-01-01", lotNumber: "0000001", performer: "ABC General Hospital" },
    { cvx: "207", date: "2021-01-29", lotNumber: "0000007", performer: "ABC General Hospital" },
    { cvx: "229", date: "2022-09-05", lotNumber: "0000001", performer: "ABC General Hospital" },
  ],
};
const statusOf = (checks: { name: string; status: string }[], name: string) =>
  checks.find((c) => c.name === name)?.status;

let key: ShcSigningKey;
let trust: { issuers: Record<string, ShcJwks> };
beforeAll(async () => {
  key = (await generateShcKey()).signingKey;
  trust = { issuers: { [issuer]: { keys: [key.publicJwk] } } };
});

describe("issueShc", () => {
  it("builds exactly the spec's example 00 payload from the same vaccination record", () => {
    const payload = buildShcPayload({
      issuer: "https://spec.smarthealth.cards/examples/issuer",
      fhirBundle: buildVaccinationBundle(record),
      issuedAt: new Date(1687450764656),
      rid: "MKyCxh7p6uQ",
      types: ["https://smarthealth.cards#health-card"],
    });
    expect(JSON.stringify(payload)).toBe(readFileSync(`${dir}example-00-c-jws-payload-minified.json`, "utf8"));
  });

  it("round-trips issue → verify with a fresh P-256 key, every check passing", async () => {
    const rid = await computeShcRid(key.kid, "recipient-42");
    const issued = await issueShc({
      issuer,
      fhirBundle: buildVaccinationBundle(record),
      issuedAt: new Date(),
      rid,
      key,
    });
    expect(JSON.parse(new TextDecoder().decode(decodeBase64Url(issued.jws.split(".")[0] as string)))).toEqual({
      zip: "DEF",
      alg: "ES256",
      kid: key.kid,
    });
    expect(issued.payload.vc.type).toEqual(SHC_COVID19_IMMUNIZATION_TYPES);
    expect(decodeShcQr(issued.qr)).toBe(issued.jws);
    const result = await verifyShc(issued.qr, { ...trust, revokedRids: ["someone-else"] });
    expect(result.checks.map((c) => [c.name, c.status])).toEqual([
      ["decode", "passed"],
      ["format", "passed"],
      ["issuerTrusted", "passed"],
      ["keyStatus", "passed"],
      ["signature", "passed"],
      ["validityPeriod", "passed"],
      ["revocation", "passed"],
    ]);
    expect(result.verified).toBe(true);

    const revoked = await verifyShc(issued.jws, { ...trust, revokedRids: [rid] });
    expect(revoked.verified).toBe(false);
    expect(statusOf(revoked.checks, "revocation")).toBe("failed");
  });

  it("takes a plain http issuer only on a loopback host, the spec's https everywhere else", async () => {
    const formatOf = async (iss: string) => {
      const issued = await issueShc({
        issuer: iss,
        fhirBundle: buildVaccinationBundle(record),
        issuedAt: new Date(),
        key,
      });
      const result = await verifyShc(issued.qr, { issuers: { [iss]: { keys: [key.publicJwk] } } });
      return statusOf(result.checks, "format");
    };
    expect(await formatOf("http://localhost:3003/tenants/demo")).toBe("passed");
    expect(await formatOf("http://127.0.0.1:3003/tenants/demo")).toBe("passed");
    expect(await formatOf("http://vax.example/issuer")).toBe("failed");
    expect(await formatOf("http://localhost.vax.example/issuer")).toBe("failed");
  });

  it("fails the signature when one character of the payload changes", async () => {
    const issued = await issueShc({ issuer, fhirBundle: buildVaccinationBundle(record), issuedAt: new Date(), key });
    const [header, , signature] = issued.jws.split(".") as [string, string, string];
    const forged = JSON.stringify(issued.payload).replace("0000007", "0000008");
    const body = encodeBase64Url(deflateSync(new TextEncoder().encode(forged)));
    const result = await verifyShc(`${header}.${body}.${signature}`, trust);
    expect(result.verified).toBe(false);
    expect(result.checks.find((c) => c.name === "signature")).toMatchObject({ status: "failed" });
    expect(result.checks.find((c) => c.name === "signature")?.reason).toMatch(/altered/);
  });

  it("rejects a raw one-character change anywhere in the payload part", async () => {
    const issued = await issueShc({ issuer, fhirBundle: buildVaccinationBundle(record), issuedAt: new Date(), key });
    const [header, body, signature] = issued.jws.split(".") as [string, string, string];
    for (const i of [0, Math.floor(body.length / 2), body.length - 2]) {
      const swapped = body[i] === "A" ? "B" : "A";
      const tampered = `${header}.${body.slice(0, i)}${swapped}${body.slice(i + 1)}.${signature}`;
      const result = await verifyShc(tampered, trust);
      expect(result.verified).toBe(false);
      // A flipped byte may also break the DEFLATE stream, which is a decode failure instead.
      expect(result.checks.some((c) => (c.name === "signature" || c.name === "decode") && c.status === "failed")).toBe(
        true,
      );
    }
  });

  it("refuses a JWS that would not fit one QR chunk", async () => {
    const doses = Array.from({ length: 40 }, (_, i) => ({
      cvx: "207",
      date: `2021-01-${String((i % 28) + 1).padStart(2, "0")}`,
      lotNumber: `LOT-${i}-${Math.random().toString(36).slice(2)}`,
      performer: `Facility number ${i} of the district`,
    }));
    const fhirBundle = buildVaccinationBundle({ ...record, doses });
    await expect(issueShc({ issuer, fhirBundle, issuedAt: new Date(), key })).rejects.toThrow(/over the 1195/);
  });

  it("fails a card issued in the future", async () => {
    const issued = await issueShc({
      issuer,
      fhirBundle: buildVaccinationBundle(record),
      issuedAt: new Date("2030-01-01T00:00:00Z"),
      key,
    });
    const result = await verifyShc(issued.jws, { ...trust, now: new Date("2029-01-01T00:00:00Z") });
    expect(result.checks.find((c) => c.name === "validityPeriod")?.reason).toMatch(/not valid before 2030-01-01/);
    expect(result.verified).toBe(false);
  });
});
