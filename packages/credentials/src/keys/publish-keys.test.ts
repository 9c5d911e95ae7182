import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { beforeAll, describe, expect, it } from "vitest";
import { createCsca, createDsc, dscKid } from "../eu-dcc/certificates.ts";
import { createDocumentLoader } from "../w3c/document-loader.ts";
import { issueVaccinationCredential } from "../w3c/issue-vaccination-credential.ts";
import { createW3cSigner } from "../w3c/suites.ts";
import { verifyW3cCredential } from "../w3c/verify-w3c-credential.ts";
import { didWebDocument, didWebDocumentPath, didWebFromUrl } from "./did-web-document.ts";
import { dscList } from "./dsc-list.ts";
import { generateSigningKey, type SigningKey } from "./generate-signing-key.ts";
import { jwks } from "./jwks.ts";
import { canSign, canVerify, type KeyStatus } from "./key-status.ts";
import type { PublishedKey } from "./published-key.ts";

const publicBaseUrl = "http://localhost:3003";
const did = "did:web:localhost%3A3003";
let active: SigningKey;
let retired: SigningKey;
let revoked: SigningKey;
let shc: SigningKey;
let keys: PublishedKey[];
const as = (key: SigningKey, status: KeyStatus): PublishedKey => ({ ...key, status });

beforeAll(async () => {
  [active, retired, revoked, shc] = await Promise.all([
    generateSigningKey({ algorithm: "ED25519" }),
    generateSigningKey({ algorithm: "ED25519" }),
    generateSigningKey({ algorithm: "ED25519" }),
    generateSigningKey({ algorithm: "P256" }),
  ]);
  keys = [as(active, "ACTIVE"), as(retired, "RETIRED"), as(revoked, "REVOKED"), as(shc, "ACTIVE")];
});

describe("key status", () => {
  it("lets only active keys sign, and every key but a revoked one verify", () => {
    expect([canSign("PENDING"), canSign("ACTIVE"), canSign("RETIRED"), canSign("REVOKED")]).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect([canVerify("PENDING"), canVerify("ACTIVE"), canVerify("RETIRED"), canVerify("REVOKED")]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe("didWebFromUrl", () => {
  it("derives the DID and document path as the did:web method says", () => {
    expect(didWebFromUrl(publicBaseUrl)).toBe(did);
    expect(didWebFromUrl("https://vax.example.org/")).toBe("did:web:vax.example.org");
    expect(didWebFromUrl("https://example.com/tenants/kerala")).toBe("did:web:example.com:tenants:kerala");
    expect(didWebDocumentPath(publicBaseUrl)).toBe("/.well-known/did.json");
    expect(didWebDocumentPath("https://example.com/tenants/kerala/")).toBe("/tenants/kerala/did.json");
    expect(() => didWebFromUrl("localhost:3003x")).toThrow(/is not an http\(s\) URL/);
  });
});

describe("didWebDocument", () => {
  it("lists active and retired keys, Multikey for Ed25519 and JsonWebKey for P-256, and leaves revoked ones out", () => {
    const document = didWebDocument({ publicBaseUrl, keys });
    expect(document.id).toBe(did);
    expect(document.verificationMethod).toEqual([
      { id: `${did}#${active.kid}`, type: "Multikey", controller: did, publicKeyMultibase: active.kid },
      { id: `${did}#${retired.kid}`, type: "Multikey", controller: did, publicKeyMultibase: retired.kid },
      {
        id: `${did}#${shc.kid}`,
        type: "JsonWebKey",
        controller: did,
        publicKeyJwk: { kty: "EC", crv: "P-256", x: shc.publicJwk.x, y: shc.publicJwk.y },
      },
    ]);
    expect(document.assertionMethod).toEqual(document.verificationMethod.map((method) => method.id));
    expect(JSON.stringify(document)).not.toContain(revoked.kid);
    expect(canSign("RETIRED")).toBe(false);
  });

  it("verifies credentials signed by a retired key and fails those of a revoked key", async () => {
    const document = didWebDocument({ publicBaseUrl, keys });
    const multikeyContext = "https://w3id.org/security/multikey/v1";
    const methods = Object.fromEntries(
      document.verificationMethod.map((method) => [method.id, { "@context": multikeyContext, ...method }]),
    );
    const documentLoader = createDocumentLoader({ documents: { [did]: document, ...methods } });
    const issueWith = async (key: SigningKey) => {
      const multikey = await (
        Ed25519Multikey as unknown as {
          fromJwk(o: { jwk: JsonWebKey; secretKey: boolean }): Promise<Ed25519Multikey.Ed25519KeyPair>;
        }
      ).fromJwk({ jwk: key.privateJwk, secretKey: true });
      const signer = await createW3cSigner({
        id: `${did}#${key.kid}`,
        publicKeyMultibase: multikey.publicKeyMultibase,
        secretKeyMultibase: multikey.secretKeyMultibase as string,
      });
      const dose = {
        vaccine: { name: "COVAXIN" },
        batch: "B1",
        date: "2021-05-01",
        doseNumber: 1,
        totalDoses: 2,
        facility: { name: "PHC" },
      };
      return issueVaccinationCredential({
        issuer: did,
        signer,
        documentLoader,
        validFrom: "2021-05-01T00:00:00Z",
        recipient: { name: "A", birthDate: "1990-01-01" },
        doses: [dose],
      });
    };
    const verified = async (key: SigningKey) =>
      (await verifyW3cCredential({ credential: await issueWith(key), documentLoader })).verified;
    expect(await verified(retired)).toBe(true);
    expect(await verified(revoked)).toBe(false);
  });
});

describe("jwks", () => {
  it("publishes public JWKs with kid, alg and use, leaving revoked keys out", () => {
    const set = jwks({ keys });
    expect(set.keys.map((key) => key.kid)).toEqual([active.kid, retired.kid, shc.kid]);
    expect(set.keys[2]).toEqual({
      kty: "EC",
      crv: "P-256",
      x: shc.publicJwk.x,
      y: shc.publicJwk.y,
      kid: shc.kid,
      alg: "ES256",
      use: "sig",
    });
    expect(set.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" });
    expect(JSON.stringify(set)).not.toMatch(/"d"/);
  });

  it("gives crlVersion to the keys that have a CRL, and to no other", () => {
    const set = jwks({ keys, crlVersion: (key) => (key.kid === shc.kid ? 1_765_000_000_123 : undefined) });
    expect(set.keys.find((key) => key.kid === shc.kid)?.crlVersion).toBe(1_765_000_000_123);
    expect(set.keys.filter((key) => "crlVersion" in key).map((key) => key.kid)).toEqual([shc.kid]);
  });
});

describe("dscList", () => {
  it("lists each DSC as base64 DER with its DCC kid, from DER or PEM, leaving revoked ones out", async () => {
    const csca = await createCsca({ country: "IN", commonName: "VAX CSCA" });
    const [first, second, gone] = await Promise.all(
      ["DSC 1", "DSC 2", "DSC 3"].map((commonName) => createDsc({ country: "IN", commonName, csca })),
    );
    const list = await dscList({
      certificates: [
        first?.der as Uint8Array,
        { certificate: second?.pem as string, status: "RETIRED" },
        { certificate: gone?.der as Uint8Array, status: "REVOKED" },
      ],
    });
    expect(list).toEqual([
      {
        kid: Buffer.from(await dscKid(first?.der as Uint8Array)).toString("base64"),
        certificate: Buffer.from(first?.der as Uint8Array).toString("base64"),
      },
      {
        kid: Buffer.from(await dscKid(second?.der as Uint8Array)).toString("base64"),
        certificate: Buffer.from(second?.der as Uint8Array).toString("base64"),
      },
    ]);
    expect(list[0]?.kid).toHaveLength(12);
  });
});
