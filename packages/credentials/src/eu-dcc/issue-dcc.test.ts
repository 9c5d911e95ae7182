import { encode } from "cborg";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeBase45 } from "../codecs/base45.ts";
import { deflate } from "../codecs/zlib.ts";
import {
  allowedCertificateTypes,
  createCsca,
  createDsc,
  type DccCertificateBundle,
  dscKid,
  parseCertificate,
} from "./certificates.ts";
import { encodeCoseSign1, sigStructure } from "./cose.ts";
import { createDccSigner, type DccSigner, issueDcc } from "./issue-dcc.ts";
import { buildVaccinationPayload, type DccPayload, standardiseName } from "./payload.ts";
import { validateDccPayload } from "./validate-payload.ts";
import { verifyDcc } from "./verify-dcc.ts";

const ISSUED_AT = new Date("2024-03-01T10:00:00Z");
const EXPIRES_AT = new Date("2025-03-01T10:00:00Z");
const NOW = new Date("2024-06-01T00:00:00Z");

const covishield = (): DccPayload =>
  buildVaccinationPayload({
    familyName: "Kumar",
    givenName: "Anjali Devi",
    dateOfBirth: "1990-04-12",
    prophylaxis: "29061000087103",
    product: "Covishield",
    manufacturer: "ORG-100001981",
    doseNumber: 2,
    totalDoses: 2,
    date: "2021-09-14",
    country: "IN",
    issuer: "Ministry of Health and Family Welfare",
    certificateId: "01IN1234567890AB",
  });

let csca: DccCertificateBundle;
let dsc: DccCertificateBundle;
let signer: DccSigner;

beforeAll(async () => {
  csca = await createCsca({ country: "IN", commonName: "Vax Demo CSCA" });
  dsc = await createDsc({ csca, country: "IN", commonName: "Vax Demo DSC 1" });
  signer = await createDccSigner({ privateKey: dsc.keys.privateKey, certificate: dsc.der });
});

const issue = (payload = covishield()) =>
  issueDcc({ payload, signer, issuer: "IN", issuedAt: ISSUED_AT, expiresAt: EXPIRES_AT });

const statusOf = (result: Awaited<ReturnType<typeof verifyDcc>>, name: string) =>
  result.checks.find((check) => check.name === name)?.status;

describe("DCC keys and certificates", () => {
  it("chains the DSC to the CSCA and marks it for vaccination only by default", async () => {
    expect(await dsc.certificate.verify({ publicKey: csca.certificate.publicKey, signatureOnly: true })).toBe(true);
    expect(dsc.certificate.issuer).toBe(csca.certificate.subject);
    expect(allowedCertificateTypes(dsc.certificate)).toEqual(["vaccination"]);
    expect(dsc.pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(parseCertificate(dsc.pem).rawData).toEqual(
      parseCertificate(Buffer.from(dsc.der).toString("base64")).rawData,
    );
  });

  it("names every DCC type when asked", async () => {
    const all = await createDsc({
      csca,
      country: "IN",
      commonName: "All",
      certificateTypes: ["test", "vaccination", "recovery"],
    });
    expect(allowedCertificateTypes(all.certificate)).toEqual(["test", "vaccination", "recovery"]);
  });

  it("derives the kid as the first 8 bytes of SHA-256 of the DER", async () => {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", dsc.der as Uint8Array<ArrayBuffer>));
    expect(await dscKid(dsc.der)).toEqual(digest.slice(0, 8));
    expect(signer.kid).toEqual(digest.slice(0, 8));
  });
});

describe("DCC issue → verify", () => {
  it("issues an HC1: QR that verifies with every check passed", async () => {
    const { qr } = await issue();
    expect(qr).toMatch(/^HC1:[0-9A-Z $%*+\-./:]+$/);
    const result = await verifyDcc(qr, { trustedCertificates: [dsc.pem], now: NOW });
    expect(result.checks.filter((check) => check.status !== "passed")).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.issuer).toBe("IN");
    expect(result.subject).toEqual({ name: "Anjali Devi Kumar", dateOfBirth: "1990-04-12" });
    expect(result.payload?.v?.[0]?.ci).toBe("URN:UVCI:01:IN:01IN1234567890AB");
    expect(result.payload?.nam.gnt).toBe("ANJALI<DEVI");
    expect(result.issuedAt).toEqual(ISSUED_AT);
  });

  it("fails the signature when one byte of the signed payload is flipped", async () => {
    const { cose } = await issue();
    const tampered = cose.slice();
    const name = new TextEncoder().encode("Kumar");
    const at = tampered.findIndex((_, i) => name.every((b, j) => tampered[i + j] === b));
    tampered[at] = "L".charCodeAt(0);
    const result = await verifyDcc(`HC1:${encodeBase45(deflate(tampered))}`, {
      trustedCertificates: [dsc.der],
      now: NOW,
    });
    expect(statusOf(result, "cwt")).toBe("passed");
    expect(statusOf(result, "signature")).toBe("failed");
    expect(result.verified).toBe(false);
    expect(result.payload?.nam.fn).toBe("Lumar");
  });

  it("does not trust a DSC it was not given, and says which kid it looked for", async () => {
    const other = await createDsc({ csca, country: "IN", commonName: "Other" });
    const result = await verifyDcc((await issue()).qr, { trustedCertificates: [other.der], now: NOW });
    expect(statusOf(result, "kid")).toBe("failed");
    expect(result.checks.find((check) => check.name === "kid")?.reason).toContain(
      Buffer.from(signer.kid).toString("hex"),
    );
    expect(result.verified).toBe(false);
  });

  it("fails the validity period after exp and before iat", async () => {
    const { qr } = await issue();
    const late = await verifyDcc(qr, { trustedCertificates: [dsc.der], now: new Date("2026-01-01T00:00:00Z") });
    expect(statusOf(late, "validity period")).toBe("failed");
    const early = await verifyDcc(qr, { trustedCertificates: [dsc.der], now: new Date("2024-01-01T00:00:00Z") });
    expect(statusOf(early, "validity period")).toBe("failed");
  });

  it("fails key usage when a test-only DSC signs a vaccination", async () => {
    const testOnly = await createDsc({ csca, country: "IN", commonName: "Tests", certificateTypes: ["test"] });
    const testSigner = await createDccSigner({ privateKey: testOnly.keys.privateKey, certificate: testOnly.pem });
    const { qr } = await issueDcc({
      payload: covishield(),
      signer: testSigner,
      issuer: "IN",
      issuedAt: ISSUED_AT,
      expiresAt: EXPIRES_AT,
    });
    const result = await verifyDcc(qr, { trustedCertificates: [testOnly.der], now: NOW });
    expect(statusOf(result, "signature")).toBe("passed");
    expect(statusOf(result, "key usage")).toBe("failed");
    expect(result.verified).toBe(false);
  });

  it("never throws on garbage and says where it stopped", async () => {
    for (const input of ["", "HC1:", "HC1:%%%", "HC1:::", `HC1:${encodeBase45(deflate(Uint8Array.of(1, 2, 3)))}`]) {
      const result = await verifyDcc(input, { trustedCertificates: ["not a certificate"] });
      expect(result.verified).toBe(false);
      expect(result.checks).toHaveLength(11);
      expect(result.checks.some((check) => check.status === "failed")).toBe(true);
    }
  });
});

describe("DCC payload validation", () => {
  it("refuses to issue a payload the schema rejects, naming the field", async () => {
    const bad = covishield();
    (bad.v?.[0] as { dn: unknown }).dn = 0;
    await expect(issue(bad)).rejects.toThrow(/\/v\/0\/dn must be >= 1/);
  });

  it("rejects codes outside the EU value sets", () => {
    const bad = covishield();
    (bad.v?.[0] as { mp: string }).mp = "COVISHIELD";
    expect(validateDccPayload(bad)).toEqual({
      ok: false,
      errors: ['/v/0/mp "COVISHIELD" is not a known vaccine product code'],
    });
  });

  it("fails the schema check of a signed DCC whose payload is invalid", async () => {
    // Re-sign a schema-invalid payload by hand, since issueDcc refuses to produce one.
    const payload = covishield() as unknown as Record<string, unknown>;
    delete payload.dob;
    const claims = encode(
      new Map<number, unknown>([
        [1, "IN"],
        [6, 1709287200],
        [4, 1740823200],
        [-260, new Map([[1, payload]])],
      ]),
    );
    const signature = new Uint8Array(
      await crypto.subtle.sign(
        { name: "ECDSA", hash: "SHA-256" },
        signer.privateKey,
        sigStructure(signer.protectedHeader, claims) as Uint8Array<ArrayBuffer>,
      ),
    );
    const qr = `HC1:${encodeBase45(deflate(encodeCoseSign1(signer.protectedHeader, claims, signature)))}`;
    const result = await verifyDcc(qr, { trustedCertificates: [dsc.der], now: NOW });
    expect(statusOf(result, "signature")).toBe("passed");
    expect(statusOf(result, "schema")).toBe("failed");
    expect(result.checks.find((check) => check.name === "schema")?.reason).toContain("dob");
    expect(result.verified).toBe(false);
  });

  it("standardises names as ICAO 9303 does", () => {
    expect(standardiseName("Musterfrau-Gößinger")).toBe("MUSTERFRAU<GOESSINGER");
    expect(standardiseName("d'Červenková Panklová")).toBe("DCERVENKOVA<PANKLOVA");
  });
});
