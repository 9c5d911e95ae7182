import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeBase64 } from "../divoc/encoding.ts";
import { createCsca, createDsc, dscKid } from "../eu-dcc/certificates.ts";
import { createDccSigner, issueDcc } from "../eu-dcc/issue-dcc.ts";
import { buildVaccinationPayload } from "../eu-dcc/payload.ts";
import { issueShc } from "../shc/issue-shc.ts";
import { generateShcKey } from "../shc/shc-keys.ts";
import { buildVaccinationBundle } from "../shc/vaccination-bundle.ts";
import { createDocumentLoader } from "../w3c/document-loader.ts";
import { issueVaccinationCredential } from "../w3c/issue-vaccination-credential.ts";
import { issuerDocuments } from "../w3c/issuer-documents.ts";
import { type TrustedIssuer, type TrustKey, type VerifyResult, verify } from "./index.ts";

// One tenant of the platform with a key of each format, as its trust-list entry names them.
const did = "did:web:verify.example:tenants:lk-moh";
const shcIssuer = "https://verify.example/tenants/lk-moh";
const now = new Date("2026-06-01T00:00:00Z");
const statusOf = (result: VerifyResult, name: string) => result.checks.find((check) => check.name === name);

let w3c: Record<string, unknown>;
let shc: string;
let dcc: string;
const kids = { w3c: "", shc: "", dcc: "" };
const keys: TrustKey[] = [];

beforeAll(async () => {
  const keyPair = await Ed25519Multikey.generate({ controller: did });
  kids.w3c = keyPair.publicKeyMultibase as string;
  keyPair.id = `${did}#${kids.w3c}`;
  const method = await keyPair.export({ publicKey: true, includeContext: true });
  w3c = await issueVaccinationCredential({
    issuer: did,
    signer: keyPair.signer(),
    documentLoader: createDocumentLoader({ documents: issuerDocuments(did, method) }),
    id: "urn:vax:certificate:STANDING-1",
    validFrom: "2026-01-01T00:00:00Z",
    recipient: { name: "Nimal Perera", birthDate: "1980-02-29" },
    doses: [
      {
        vaccine: { name: "COVISHIELD" },
        batch: "4121Z005",
        date: "2026-01-01",
        doseNumber: 1,
        totalDoses: 2,
        facility: { name: "Colombo General Hospital", country: "LKA" },
      },
    ],
  });

  const { signingKey } = await generateShcKey();
  kids.shc = signingKey.kid;
  const fhirBundle = buildVaccinationBundle({
    patient: { family: "Perera", given: ["Nimal"], birthDate: "1980-02-29" },
    doses: [{ cvx: "207", date: "2026-01-01", lotNumber: "0000001", performer: "Colombo General Hospital" }],
  });
  ({ jws: shc } = await issueShc({ issuer: shcIssuer, fhirBundle, issuedAt: now, key: signingKey }));

  const csca = await createCsca({ country: "LK", commonName: "LK CSCA" });
  const dsc = await createDsc({ csca, country: "LK", commonName: "LK DSC" });
  kids.dcc = encodeBase64(await dscKid(dsc.der));
  const payload = buildVaccinationPayload({
    familyName: "Perera",
    givenName: "Nimal",
    dateOfBirth: "1980-02-29",
    prophylaxis: "29061000087103",
    product: "Covishield",
    manufacturer: "ORG-100001981",
    doseNumber: 1,
    totalDoses: 2,
    date: "2026-01-01",
    country: "LK",
    issuer: "Ministry of Health",
    certificateId: "01LK1234567890AB",
  });
  const signer = await createDccSigner({ privateKey: dsc.keys.privateKey, certificate: dsc.der });
  ({ qr: dcc } = await issueDcc({ payload, signer, issuer: "LK", issuedAt: now, expiresAt: new Date("2027-01-01") }));

  keys.push(
    { kid: kids.w3c, publicKeyMultibase: kids.w3c },
    { kid: kids.shc, publicKeyJwk: signingKey.publicJwk },
    { kid: kids.dcc, certificate: encodeBase64(dsc.der) },
  );
});

const entry = (changes: Partial<TrustedIssuer> = {}): TrustedIssuer => ({
  name: "Ministry of Health, Sri Lanka",
  country: "LK",
  ids: [did, shcIssuer],
  keys,
  ...changes,
});
const inputs = () => [w3c, shc, dcc] as const;

describe("trust-list standing of issuers and keys", () => {
  it("verifies every format while the issuer and its keys stand", async () => {
    for (const input of inputs()) {
      const result = await verify(input, { trust: { issuers: [entry()] }, now });
      expect(result.checks.filter((check) => check.status === "failed")).toEqual([]);
      expect(result.verified).toBe(true);
    }
  });

  it("fails every format of a deactivated issuer on 'issuer trusted', saying since when", async () => {
    const trust = { issuers: [entry({ deactivatedAt: "2026-05-20T08:00:00.000Z" })] };
    for (const input of inputs()) {
      const result = await verify(input, { trust, now });
      expect(result.verified).toBe(false);
      expect(statusOf(result, "issuer trusted")).toEqual({
        name: "issuer trusted",
        status: "failed",
        reason:
          "The issuer Ministry of Health, Sri Lanka was deactivated on 2026-05-20: certificates it issued are no longer valid.",
      });
      expect(result.subject).toBeNull();
    }
  });

  it("fails a certificate whose key was revoked on 'key status' with the issuer's reason, in every format", async () => {
    const formats = [
      { input: w3c, kid: kids.w3c },
      { input: shc, kid: kids.shc },
      { input: dcc, kid: kids.dcc },
    ];
    for (const { input, kid } of formats) {
      const revokedKeys = [
        { kid, reason: "The key was copied off a stolen laptop", revokedAt: "2026-05-01T00:00:00Z" },
      ];
      const trust = { issuers: [entry({ keys: keys.filter((key) => key.kid !== kid), revokedKeys })] };
      const result = await verify(input, { trust, now });
      expect(result.verified).toBe(false);
      expect(statusOf(result, "key status")).toEqual({
        name: "key status",
        status: "failed",
        reason: `The signing key ${kid} was revoked by Ministry of Health, Sri Lanka on 2026-05-01: The key was copied off a stolen laptop`,
      });
      expect(statusOf(result, "signature")?.status).toBe("skipped");
    }
  });

  it("lets a revoked key of one certificate leave the others alone", async () => {
    const revokedKeys = [{ kid: kids.shc, reason: "Rotated after an audit" }];
    const trust = { issuers: [entry({ keys: keys.filter((key) => key.kid !== kids.shc), revokedKeys })] };
    expect((await verify(w3c, { trust, now })).verified).toBe(true);
    expect((await verify(dcc, { trust, now })).verified).toBe(true);
    expect((await verify(shc, { trust, now })).verified).toBe(false);
  });
});
