import { describe, expect, it } from "vitest";
import { encodeBase45 } from "../codecs/base45.ts";
import { deflate } from "../codecs/zlib.ts";
import { mangleDivocQr, writeDivocQr } from "../divoc/qr.ts";
import { CHECK_NAMES, type VerifyResult, verify } from "./index.ts";
import { dccVector, readJsonVector, readVector, shcIssuer, shcNow, vdsNcVector, vectorTrust } from "./vectors.ts";

const trust = vectorTrust();
const statusOf = (result: VerifyResult) => Object.fromEntries(result.checks.map((check) => [check.name, check.status]));
const check = (result: VerifyResult, name: string) => result.checks.find((c) => c.name === name);
const w3cSigned = readJsonVector("w3c/eddsa-rdfc-2022/signedDataInt.json");
const divocSigned = readJsonVector("divoc/rsa-signed.json");
const nativeQr = (credential: unknown) => encodeBase45(deflate(new TextEncoder().encode(JSON.stringify(credential))));

describe("verify: each format's vectors through the one entry", () => {
  it("accepts the W3C eddsa-rdfc-2022 vector, as JSON and as a native QR", async () => {
    for (const input of [w3cSigned, JSON.stringify(w3cSigned), nativeQr(w3cSigned)]) {
      const result = await verify(input, { trust });
      expect(result.checks.filter((c) => c.status === "failed")).toEqual([]);
      expect(result).toMatchObject({ verified: true, format: "w3c" });
      expect(result.issuer).toEqual({ id: "https://vc.example/issuers/5678", name: "W3C vc-di-eddsa example issuer" });
    }
  });

  it("accepts DIVOC rsa-signed.json as JSON, ZIP bytes and mangled ZIP text, with the holder and dose", async () => {
    const zip = writeDivocQr(divocSigned);
    const mangled = new TextDecoder().decode(mangleDivocQr(zip));
    for (const input of [divocSigned, zip, mangled]) {
      const result = await verify(input, { trust });
      expect(statusOf(result)).toMatchObject({ decode: "passed", signature: "passed", "issuer trusted": "passed" });
      expect(result).toMatchObject({
        verified: true,
        format: "divoc",
        issuer: { id: "https://divoc.dev/", name: "DIVOC demo" },
      });
      expect(result.subject).toMatchObject({ name: "Bhaya Mitra", doses: [{ vaccine: "CoVax", batch: "MB3428BX" }] });
    }
  });

  it("rejects DIVOC rsa-tampered.json naming the signature check, and shows no personal data", async () => {
    const result = await verify(readVector("divoc/rsa-tampered.json"), { trust });
    expect(result.verified).toBe(false);
    expect(check(result, "signature")).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/changed after signing/),
    });
    expect(result.subject).toBeNull();
  });

  it("accepts the EU DCC vector CO3 at its validation clock, with name, birth date and dose", async () => {
    const result = await verify(dccVector.text, { trust, now: dccVector.now });
    expect(result.checks.filter((c) => c.status === "failed")).toEqual([]);
    expect(result).toMatchObject({
      verified: true,
      format: "eu-dcc",
      issuer: { id: "AT", name: "EU DCC test signer" },
    });
    expect(result.subject).toMatchObject({ name: "Gabriele Musterfrau-Gößinger", birthDate: "1998-02-26" });
    expect(result.subject?.doses[0]).toMatchObject({ vaccine: "EU/1/20/1528", dose: 1, totalDoses: 2 });
  });

  it("accepts SMART Health Card example 00 as QR text, JWS and file", async () => {
    const file = readVector("shc/example-00-e-file.smart-health-card");
    for (const input of [
      readVector("shc/example-00-f-qr-code-numeric-value-0.txt"),
      readVector("shc/example-00-d-jws.txt"),
      file,
    ]) {
      const result = await verify(input, { trust, now: shcNow });
      expect(result.checks.filter((c) => c.status === "failed")).toEqual([]);
      expect(result).toMatchObject({ verified: true, format: "shc", issuer: { id: shcIssuer, country: "US" } });
      expect(result.subject?.name).toBe("John B. Anyperson");
      expect(result.subject?.doses).toHaveLength(3);
    }
  });

  it("lists every named check in the same order for every format", async () => {
    const result = await verify(dccVector.text, { trust, now: dccVector.now });
    expect(result.checks.map((c) => c.name)).toEqual([...CHECK_NAMES]);
    expect(check(result, "revocation")).toEqual({
      name: "revocation",
      status: "skipped",
      reason: "No status list given.",
    });
  });
});

describe("verify: every format's public vector, with its trust entry and without", () => {
  // Each vector at a moment its signer was valid, and the name of the trust entry that vouches for it.
  const vectors = [
    { format: "w3c", input: w3cSigned, now: shcNow, entry: "W3C vc-di-eddsa example issuer" },
    { format: "divoc", input: divocSigned, now: shcNow, entry: "DIVOC demo" },
    { format: "divoc", input: readJsonVector("divoc/ed25519-signed.json"), now: shcNow, entry: "DIVOC demo" },
    { format: "eu-dcc", input: dccVector.text, now: dccVector.now, entry: "EU DCC test signer" },
    {
      format: "shc",
      input: readVector("shc/example-00-d-jws.txt"),
      now: shcNow,
      entry: "SMART Health Cards example issuer",
    },
    { format: "vds-nc", input: vdsNcVector.text, now: vdsNcVector.now, entry: "Australian Passport Office" },
  ];

  it.each(vectors)("accepts the $format vector with $entry on the list, and refuses it without", async (vector) => {
    const accepted = await verify(vector.input, { trust, now: vector.now });
    expect(accepted).toMatchObject({ verified: true, format: vector.format, issuer: { name: vector.entry } });
    const others = { issuers: trust.issuers.filter((issuer) => issuer.name !== vector.entry) };
    const refused = await verify(vector.input, { trust: others, now: vector.now });
    expect(refused).toMatchObject({ verified: false, format: vector.format, subject: null });
    expect(check(refused, "issuer trusted")?.status).toBe("failed");
  });
});

describe("verify: trust, time and status", () => {
  it("fails 'issuer trusted' for each format when the trust list is empty", async () => {
    const empty = { issuers: [] };
    const inputs = [w3cSigned, divocSigned, dccVector.text, readVector("shc/example-00-d-jws.txt")];
    for (const input of inputs) {
      const result = await verify(input, { trust: empty, now: shcNow });
      expect(result.verified).toBe(false);
      expect(check(result, "issuer trusted")?.status).toBe("failed");
      expect(result.issuer?.name).toBeUndefined();
    }
  });

  it("fails 'issuer trusted' when the W3C key is trusted but not for the issuer the credential names", async () => {
    const other = { ...w3cSigned, issuer: "https://elsewhere.example/" };
    const result = await verify(other, { trust });
    expect(check(result, "issuer trusted")).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/not on the trust list/),
    });
  });

  it("fails 'validity period' for the DCC long after its clock, and the SHC before its nbf", async () => {
    const late = await verify(dccVector.text, { trust, now: new Date("2030-01-01T00:00:00Z") });
    expect(check(late, "validity period")?.status).toBe("failed");
    const early = await verify(readVector("shc/example-00-d-jws.txt"), {
      trust,
      now: new Date("2020-01-01T00:00:00Z"),
    });
    expect(check(early, "validity period")?.status).toBe("failed");
    expect(early.verified).toBe(false);
  });

  it("asks the status callback and fails revocation when it answers revoked", async () => {
    const asked: unknown[] = [];
    const status = (query: { purpose: string; id?: string }) => {
      asked.push(query);
      return query.purpose === "revocation";
    };
    const result = await verify(dccVector.text, { trust, now: dccVector.now, status });
    expect(statusOf(result)).toMatchObject({ revocation: "failed", suspension: "passed" });
    expect(check(result, "revocation")?.reason).toBe("The issuer has revoked this certificate.");
    expect(result.verified).toBe(false);
    expect(asked).toContainEqual(
      expect.objectContaining({ format: "eu-dcc", id: "URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B" }),
    );
  });
});
