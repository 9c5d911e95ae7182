import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { vectorPath } from "../verify/vectors.ts";
import { decodeShc } from "./decode-shc.ts";
import { type FhirBundle, minifyFhirBundle } from "./fhir-bundle.ts";
import { decodeShcQr, encodeShcQr } from "./numeric-qr.ts";
import { shcKid } from "./shc-keys.ts";
import { type ShcCrl, type ShcJwks, verifyShc } from "./verify-shc.ts";

const dir = vectorPath("shc/");
const read = (name: string): string => readFileSync(dir + name, "utf8");
const jwks = JSON.parse(read("issuer/.well-known/jwks.json")) as ShcJwks;
const crl = JSON.parse(read("issuer/.well-known/crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json")) as ShcCrl;
const issuer = "https://spec.smarthealth.cards/examples/issuer";
// Between every example's nbf (June 2023) and example 03's exp (June 2024).
const now = new Date("2023-07-01T00:00:00Z");

const examples = ["00", "01", "02", "03"] as const;
const qrFiles = (n: string): string[] =>
  n === "02"
    ? [0, 1, 2].map((i) => read(`example-02-f-qr-code-numeric-value-${i}.txt`))
    : [read(`example-${n}-f-qr-code-numeric-value-0.txt`)];
const statusOf = (checks: { name: string; status: string }[], name: string) =>
  checks.find((c) => c.name === name)?.status;

describe.each(examples)("SMART Health Cards spec example %s", (n) => {
  const jws = read(`example-${n}-d-jws.txt`);
  const minified = read(`example-${n}-c-jws-payload-minified.json`);
  const expanded = JSON.parse(read(`example-${n}-b-jws-payload-expanded.json`));

  it("decodes the numeric QR to exactly the JWS", () => {
    expect(decodeShcQr(qrFiles(n))).toBe(jws);
  });

  it("inflates the JWS payload to exactly the minified payload", () => {
    expect(decodeShc(jws).payloadText).toBe(minified);
  });

  it("relates expanded and minified payloads by whitespace only, and our minifier leaves the bundle as is", () => {
    expect(JSON.stringify(expanded)).toBe(minified);
    const bundle = expanded.vc.credentialSubject.fhirBundle as FhirBundle;
    expect(JSON.stringify(minifyFhirBundle(bundle))).toBe(JSON.stringify(bundle));
  });

  it("verifies against the example issuer's JWKS from QR, JWS and file", async () => {
    const file = JSON.parse(read(`example-${n}-e-file.smart-health-card`));
    for (const input of [qrFiles(n), jws, file, JSON.stringify(file)]) {
      const result = await verifyShc(input, { issuers: { [issuer]: jwks }, now });
      expect(result.checks.filter((c) => c.status === "failed")).toEqual([]);
      expect(result.verified).toBe(true);
      expect(result.issuer).toBe(issuer);
    }
  });
});

describe("SMART Health Cards spec vectors, beyond the happy path", () => {
  it("re-encodes each single-chunk JWS to exactly its numeric QR", () => {
    for (const n of ["00", "01", "03"]) {
      expect(encodeShcQr(read(`example-${n}-d-jws.txt`))).toBe(read(`example-${n}-f-qr-code-numeric-value-0.txt`));
    }
  });

  it("joins example 02's three chunks in any scan order and names a missing one", () => {
    const [a, b, c] = qrFiles("02") as [string, string, string];
    expect(decodeShcQr([c, a, b])).toBe(read("example-02-d-jws.txt"));
    expect(() => decodeShcQr([a, c])).toThrow("missing chunk 2 of 3");
  });

  it("derives each JWKS kid as the RFC 7638 thumbprint", async () => {
    for (const key of jwks.keys) expect(await shcKid(key)).toBe(key.kid);
  });

  it("finds example 03 revoked by the issuer's CRL, and the others not", async () => {
    const revoked = await verifyShc(read("example-03-d-jws.txt"), { issuers: { [issuer]: jwks }, now, crls: [crl] });
    expect(revoked.verified).toBe(false);
    expect(revoked.checks.find((c) => c.name === "revocation")).toMatchObject({ status: "failed" });
    const fine = await verifyShc(read("example-00-d-jws.txt"), { issuers: { [issuer]: jwks }, now, crls: [crl] });
    expect(statusOf(fine.checks, "revocation")).toBe("passed");
  });

  it("finds example 03 expired after its exp", async () => {
    const result = await verifyShc(read("example-03-d-jws.txt"), { jwks, now: new Date("2024-07-01T00:00:00Z") });
    expect(result.checks.find((c) => c.name === "validityPeriod")?.reason).toMatch(/expired on 2024-06-21/);
  });

  it("refuses an issuer missing from the trust list and a kid missing from its keys", async () => {
    const jws = read("example-00-d-jws.txt");
    const untrusted = await verifyShc(jws, { issuers: { "https://other.example": jwks }, now });
    expect(statusOf(untrusted.checks, "issuerTrusted")).toBe("failed");
    const otherKey = { keys: jwks.keys.filter((k) => k.kid !== "3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s") };
    const noKey = await verifyShc(jws, { issuers: { [issuer]: otherKey }, now });
    expect(noKey.checks.find((c) => c.name === "keyStatus")?.reason).toMatch(/no key with kid 3Kfdg/);
    expect(noKey.verified).toBe(false);
  });

  it("names the subject", async () => {
    const result = await verifyShc(read("example-00-d-jws.txt"), { jwks, now });
    expect(result.subject).toEqual({ name: "John B. Anyperson", birthDate: "1951-01-20" });
  });
});
