import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { encode } from "cborg";
import { deflateSync, inflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { decodeBase45, encodeBase45 } from "../codecs/base45.ts";
import { deflate, inflate } from "../codecs/zlib.ts";
import type { DivocCertificationRequest } from "../divoc/credential.ts";
import { issueDivocCertificate } from "../divoc/sign.ts";
import { createCsca, createDsc } from "../eu-dcc/certificates.ts";
import { decodeCbor, decodeCoseSign1, encodeCoseSign1 } from "../eu-dcc/cose.ts";
import { createDccSigner, issueDcc } from "../eu-dcc/issue-dcc.ts";
import { buildVaccinationPayload } from "../eu-dcc/payload.ts";
import { MAX_DCC_INFLATED_BYTES } from "../limits.ts";
import { decodeBase64Url, encodeBase64Url } from "../shc/base64url.ts";
import { issueShc } from "../shc/issue-shc.ts";
import { generateShcKey } from "../shc/shc-keys.ts";
import { buildVaccinationBundle } from "../shc/vaccination-bundle.ts";
import { createDocumentLoader } from "../w3c/document-loader.ts";
import { issueVaccinationCredential } from "../w3c/issue-vaccination-credential.ts";
import { type CheckName, type TrustList, type VerifyResult, verify } from "./index.ts";
import { vectorPath } from "./vectors.ts";

// One issued credential per format, a fresh key each; then every signed leaf changed by one character in turn.

type Key = string | number;
type Leaf = { path: Key[]; value: string | number };

/** Every string and number leaf of a JSON (or CBOR Map) tree, with its path. */
const leavesOf = (node: unknown, path: Key[] = []): Leaf[] => {
  if (typeof node === "string" || typeof node === "number") return [{ path, value: node }];
  if (node instanceof Map) return [...node].flatMap(([key, value]) => leavesOf(value, [...path, key as Key]));
  if (Array.isArray(node)) return node.flatMap((value, index) => leavesOf(value, [...path, index]));
  if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => leavesOf(v, [...path, k]));
  return [];
};

// The next character of the same kind, so a date stays a date and a code stays a code: only the signature can tell.
const shift = (char: string): string => {
  if (char === "9") return "0";
  if (char === "z") return "a";
  if (char === "Z") return "A";
  if (/[0-8a-yA-Y]/.test(char)) return String.fromCharCode(char.charCodeAt(0) + 1);
  return char === "-" ? "_" : "-";
};
/** The value with one character changed (the first, or at `at`), or a number plus one. */
const tamper = (value: string | number, at = 0): string | number =>
  typeof value === "number" ? value + 1 : value.slice(0, at) + shift(value.charAt(at)) + value.slice(at + 1);

const setAt = (root: unknown, path: Key[], value: unknown): void => {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => getChild(node, key), root);
  const last = path[path.length - 1] as Key;
  if (parent instanceof Map) parent.set(last, value);
  else (parent as Record<Key, unknown>)[last] = value;
};
const getChild = (node: unknown, key: Key): unknown =>
  node instanceof Map ? node.get(key) : (node as Record<Key, unknown>)[key];

const cloneTree = <T>(tree: T): T => structuredClone(tree);
const name = (path: Key[]) => path.join(".");
const failedChecks = (result: VerifyResult): CheckName[] =>
  result.checks.filter((check) => check.status === "failed").map((check) => check.name);

/** A case per leaf: its dotted path, the leaf and the check expected to fail. */
const casesOf = (leaves: Leaf[], expected: (path: Key[]) => CheckName): [string, Leaf, CheckName][] =>
  leaves.map((leaf) => [name(leaf.path), leaf, expected(leaf.path)]);

const SIGNATURE_VALUES = new Set(["proofValue", "jws", "signatureValue"]);
/** A tampered copy of a JSON credential; a signature value is changed mid-string, keeping its encoding readable. */
const tamperJson = (credential: Record<string, unknown>, leaf: Leaf) => {
  const copy = cloneTree(credential);
  const key = String(leaf.path[leaf.path.length - 1]);
  const at = SIGNATURE_VALUES.has(key) && typeof leaf.value === "string" ? Math.floor(leaf.value.length * 0.75) : 0;
  setAt(copy, leaf.path, tamper(leaf.value, at));
  return copy;
};

const expectFailure = (result: VerifyResult, check: CheckName) => {
  expect(result.verified).toBe(false);
  expect(failedChecks(result)).toContain(check);
};

const w3c = async () => {
  const issuer = "did:web:tamper.example";
  const keyPair = await Ed25519Multikey.generate({ id: `${issuer}#key-1`, controller: issuer });
  const trust: TrustList = {
    issuers: [
      {
        name: "Tamper W3C",
        ids: [issuer],
        keys: [{ kid: "key-1", publicKeyMultibase: String(keyPair.publicKeyMultibase) }],
      },
    ],
  };
  const vaccine = { name: "COVISHIELD", icd11Code: "XM9QW8", atcCode: "J07BX03", productCode: "EU/1/21/1529" };
  const dose = (doseNumber: number, date: string) => ({
    vaccine: { ...vaccine, manufacturer: { name: "Serum Institute of India", code: "ORG-100001981" } },
    batch: "4121Z005",
    date,
    doseNumber,
    totalDoses: 2,
    facility: { name: "PHC Kalyan Nagar", address: "Bengaluru, Karnataka", country: "IND" },
  });
  const credential = await issueVaccinationCredential({
    issuer,
    signer: keyPair.signer(),
    documentLoader: createDocumentLoader(),
    id: "urn:uuid:0b6f3c4e-5d1a-4c8e-9f00-4a3b2c1d0e9f",
    validFrom: new Date("2021-06-01T10:00:00.000Z"),
    recipient: { name: "Asha Rao", birthDate: "1985-04-12", gender: "Female", identifier: "did:example:1234" },
    doses: [dose(1, "2021-03-01"), dose(2, "2021-06-01")],
    credentialStatus: [
      {
        id: "http://localhost:3003/credentials/status/1#94567",
        type: "BitstringStatusListEntry",
        statusPurpose: "revocation",
        statusListIndex: "94567",
        statusListCredential: "http://localhost:3003/credentials/status/1",
      },
    ],
  });
  return { credential, trust };
};

describe("tamper: W3C VC 2.0 (eddsa-rdfc-2022, fresh Ed25519 key, did:web issuer)", async () => {
  const { credential, trust } = await w3c();
  it("verifies as issued", async () => {
    expect(failedChecks(await verify(credential, { trust }))).toEqual([]);
  });

  // A changed first context is no VC 2.0 credential at all; a changed first type is no VerifiableCredential;
  // a changed issuer or key is not on the trust list, so its signature is not even tried.
  const expected = (path: Key[]): CheckName => {
    const field = name(path);
    if (field === "@context.0") return "decode";
    if (field === "type.0") return "format";
    return field === "issuer" || field === "proof.verificationMethod" ? "issuer trusted" : "signature";
  };
  it.each(casesOf(leavesOf(credential), expected))("fails when %s changes", async (_field, leaf, check) => {
    expectFailure(await verify(tamperJson(credential, leaf), { trust }), check);
  });
});

const divoc = async () => {
  const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = (key: { export(o: object): string | Buffer }, type: string) =>
    String(key.export({ type, format: "pem" }));
  const trust: TrustList = {
    issuers: [{ name: "Tamper DIVOC", ids: ["did:tamper"], keys: [{ publicKeyPem: pem(pair.publicKey, "spki") }] }],
  };
  const [request] = JSON.parse(readFileSync(vectorPath("divoc/certify.json"), "utf8")) as DivocCertificationRequest[];
  const credential = await issueDivocCertificate(request as DivocCertificationRequest, {
    key: { type: "RsaSignature2018", id: "did:tamper", privateKeyPem: pem(pair.privateKey, "pkcs8") },
    certificateId: "244768056",
    issuer: "https://divoc.dev/",
    issuanceDate: new Date("2021-08-28T11:35:43.776Z"),
    template: "ddcc",
  });
  return { credential, trust };
};

describe("tamper: DIVOC (RsaSignature2018, fresh RSA key)", async () => {
  const { credential, trust } = await divoc();

  it("verifies as issued", async () => {
    expect(failedChecks(await verify(credential, { trust }))).toEqual([]);
  });

  const expected = (path: Key[]): CheckName => {
    const field = name(path);
    if (field === "@context.0") return "decode";
    if (field === "type.0" || field === "proof.type") return "format";
    // A key the trust list does not hold: its signature is not even tried.
    return field === "proof.verificationMethod" ? "issuer trusted" : "signature";
  };
  it.each(casesOf(leavesOf(credential), expected))("fails when %s changes", async (_field, leaf, check) => {
    expectFailure(await verify(tamperJson(credential, leaf), { trust }), check);
  });
});

const DCC_NOW = new Date("2024-06-01T00:00:00Z");
const dcc = async () => {
  const csca = await createCsca({ country: "IN", commonName: "Tamper CSCA" });
  const dsc = await createDsc({ csca, country: "IN", commonName: "Tamper DSC" });
  const signer = await createDccSigner({ privateKey: dsc.keys.privateKey, certificate: dsc.der });
  const payload = buildVaccinationPayload({
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
  const issuedAt = new Date("2024-03-01T10:00:00Z");
  const { qr } = await issueDcc({
    payload,
    signer,
    issuer: "IN",
    issuedAt,
    expiresAt: new Date("2025-03-01T10:00:00Z"),
  });
  const certificate = Buffer.from(dsc.der).toString("base64");
  const trust: TrustList = { issuers: [{ name: "Tamper DCC", ids: ["IN"], keys: [{ certificate }] }] };
  const compressed = decodeBase45(qr.slice("HC1:".length));
  const cose = decodeCoseSign1(inflate(compressed, { maxBytes: MAX_DCC_INFLATED_BYTES, what: "The DCC" }));
  return { qr, trust, cose, claims: decodeCbor(cose.payload) as Map<unknown, unknown> };
};

describe("tamper: EU DCC (COSE_Sign1 ES256, fresh CSCA and DSC)", async () => {
  const { qr, trust, cose, claims } = await dcc();
  // Claims re-encoded (cborg, canonical order as issued) under the original protected header and signature.
  const rebuild = (edited: Map<unknown, unknown>) =>
    `HC1:${encodeBase45(deflate(encodeCoseSign1(cose.protectedBytes, encode(edited), cose.signature)))}`;

  it("verifies as issued, and as rebuilt from its decoded claims", async () => {
    expect(encode(claims)).toEqual(cose.payload);
    for (const text of [qr, rebuild(claims)]) {
      expect(failedChecks(await verify(text, { trust, now: DCC_NOW }))).toEqual([]);
    }
  });

  it.each(casesOf(leavesOf(claims), () => "signature"))("fails when claim %s changes", async (_field, leaf, check) => {
    const edited = cloneTree(claims);
    setAt(edited, leaf.path, tamper(leaf.value));
    expectFailure(await verify(rebuild(edited), { trust, now: DCC_NOW }), check);
  });
});

const SHC_ISSUER = "https://tamper.example/issuer";
const shc = async () => {
  const { signingKey: key } = await generateShcKey();
  const trust: TrustList = {
    issuers: [{ name: "Tamper SHC", ids: [SHC_ISSUER], keys: [{ publicKeyJwk: key.publicJwk }] }],
  };
  const fhirBundle = buildVaccinationBundle({
    patient: { family: "Anyperson", given: ["John", "B."], birthDate: "1951-01-20" },
    doses: [
      { cvx: "207", date: "2021-01-01", lotNumber: "0000001", performer: "ABC General Hospital" },
      { cvx: "207", date: "2021-01-29", lotNumber: "0000007", performer: "ABC General Hospital" },
    ],
  });
  const { jws } = await issueShc({ issuer: SHC_ISSUER, fhirBundle, issuedAt: new Date("2024-03-01T10:00:00Z"), key });
  const [header, body, signature] = jws.split(".") as [string, string, string];
  const payload = JSON.parse(new TextDecoder().decode(inflateSync(decodeBase64Url(body)))) as Record<string, unknown>;
  return { jws, trust, header, signature, payload };
};

describe("tamper: SMART Health Card (JWS ES256, zip DEF, fresh P-256 key)", async () => {
  const { jws, trust, header, signature, payload } = await shc();
  const now = new Date("2024-06-01T00:00:00Z");
  // The payload part re-deflated; header and signature as issued.
  const rebuild = (edited: unknown) =>
    `${header}.${encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(edited))))}.${signature}`;

  it("verifies as issued, and as rebuilt from its inflated payload", async () => {
    for (const text of [jws, rebuild(payload)]) expect(failedChecks(await verify(text, { trust, now }))).toEqual([]);
  });

  // A changed iss names an issuer the trust list does not hold: no key, so the signature is not tried.
  const expected = (path: Key[]): CheckName => (name(path) === "iss" ? "issuer trusted" : "signature");
  it.each(casesOf(leavesOf(payload), expected))("fails when %s changes", async (_field, leaf, check) => {
    const edited = cloneTree(payload);
    setAt(edited, leaf.path, tamper(leaf.value));
    expectFailure(await verify(rebuild(edited), { trust, now }), check);
  });
});
