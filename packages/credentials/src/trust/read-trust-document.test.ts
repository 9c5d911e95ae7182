import { describe, expect, it } from "vitest";
import { derToPem } from "../divoc/encoding.ts";
import { ed25519Multibase } from "../divoc/keys.ts";
import { readJsonVector, readVector } from "../verify/vectors.ts";
import { MAX_KEY_CHARS, MAX_TRUST_ENTRIES } from "./limits.ts";
import { readTrustDocument } from "./read-trust-document.ts";
import { TrustDocumentError } from "./refusals.ts";

const now = new Date("2021-05-10T00:00:00Z");
const dscCertificate = readJsonVector<{ TESTCTX: { CERTIFICATE: string } }>("eu-dcc/common/CO3.json").TESTCTX
  .CERTIFICATE;
const rsaPem = readVector("divoc/rsa-public.pem");

const ecKeys = async () =>
  (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"])) as CryptoKeyPair;
const ecPem = async () =>
  derToPem(new Uint8Array(await crypto.subtle.exportKey("spki", (await ecKeys()).publicKey)), "PUBLIC KEY");
const ecJwk = async (part: "publicKey" | "privateKey" = "publicKey") =>
  crypto.subtle.exportKey("jwk", (await ecKeys())[part]);
const multibase = ed25519Multibase(crypto.getRandomValues(new Uint8Array(32)));

describe("readTrustDocument: our trust-list format", () => {
  it("reads every key form and keeps the issuer's ids, country, CSCAs and contexts", async () => {
    const publicKeyPem = await ecPem();
    const publicKeyJwk = await ecJwk();
    const document = {
      issuedAt: "2021-05-01T00:00:00Z",
      validUntil: "2021-06-01T00:00:00Z",
      issuers: [
        {
          name: "Ruritania Ministry of Health",
          country: "rr",
          ids: ["did:web:health.rr", "did:india"],
          keys: [
            { kid: "pem-1", publicKeyPem },
            { kid: "rsa-1", publicKeyPem: rsaPem },
            { kid: "jwk-1", publicKeyJwk },
            { kid: "mb-1", publicKeyMultibase: multibase },
            { certificate: dscCertificate },
          ],
          cscas: [],
          contexts: { "https://health.rr/credentials/vaccination/v1": { "@context": {} } },
        },
      ],
    };
    const read = await readTrustDocument(JSON.stringify(document), { now });
    expect(read).toEqual({
      format: "trust-list",
      issuedAt: "2021-05-01T00:00:00Z",
      validUntil: "2021-06-01T00:00:00Z",
      refused: [],
      issuers: [
        {
          name: "Ruritania Ministry of Health",
          country: "RR",
          ids: ["did:web:health.rr", "did:india"],
          keys: document.issuers[0]?.keys,
          contexts: document.issuers[0]?.contexts,
        },
      ],
    });
  });

  it("refuses each bad key with its reason and keeps the rest of the issuer", async () => {
    const privateJwk = await ecJwk("privateKey");
    const keys = [
      { kid: "good", publicKeyMultibase: multibase },
      { kid: "private", publicKeyJwk: privateJwk },
      { kid: "garbled-pem", publicKeyPem: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----" },
      { kid: "private-pem", publicKeyPem: readVector("divoc/rsa-private.pem") },
      { kid: "short-mb", publicKeyMultibase: "z6Mk" },
      { kid: "not-a-cert", certificate: "bm90IGEgY2VydGlmaWNhdGU=" },
      { kid: "AAAAAAAAAAA=", certificate: dscCertificate },
      { kid: "symmetric", publicKeyJwk: { kty: "oct", k: "c2VjcmV0" } },
      { kid: "huge", publicKeyPem: "A".repeat(MAX_KEY_CHARS + 1) },
      { kid: "nothing" },
    ];
    const read = await readTrustDocument(
      { issuers: [{ name: "Mixed", ids: ["https://mixed.example/"], keys }] },
      { now },
    );
    expect(read.issuers).toEqual([{ name: "Mixed", ids: ["https://mixed.example/"], keys: [keys[0]] }]);
    const reasons = Object.fromEntries(read.refused.map(({ item, reason }) => [item, reason]));
    expect(Object.keys(reasons)).toHaveLength(keys.length - 1);
    expect(reasons['issuer 1 "Mixed" key 2 (kid "private")']).toMatch(/PRIVATE key \(it has "d"\).*leaked/);
    expect(reasons['issuer 1 "Mixed" key 3 (kid "garbled-pem")']).toMatch(/not a public key/);
    expect(reasons['issuer 1 "Mixed" key 4 (kid "private-pem")']).toMatch(/PRIVATE key PEM/);
    expect(reasons['issuer 1 "Mixed" key 5 (kid "short-mb")']).toMatch(/multibase key cannot be read/);
    expect(reasons['issuer 1 "Mixed" key 6 (kid "not-a-cert")']).toMatch(/not a readable X.509 certificate/);
    expect(reasons['issuer 1 "Mixed" key 7 (kid "AAAAAAAAAAA=")']).toMatch(/not the certificate's own kid/);
    expect(reasons['issuer 1 "Mixed" key 8 (kid "symmetric")']).toMatch(/PRIVATE key \(it has "k"\)/);
    expect(reasons['issuer 1 "Mixed" key 9 (kid "huge")']).toMatch(/more than any key/);
    expect(reasons['issuer 1 "Mixed" key 10 (kid "nothing")']).toMatch(/none of the key forms/);
  });

  it("refuses an issuer with no usable key or a bad shape, and keeps the others", async () => {
    const read = await readTrustDocument(
      {
        issuers: [
          { name: "Only private", ids: ["a"], keys: [{ publicKeyJwk: await ecJwk("privateKey") }] },
          { name: "No keys", ids: ["b"], keys: [] },
          { name: "No ids", ids: [], keys: [{ publicKeyMultibase: multibase }] },
          { name: "Fine", ids: ["c"], keys: [{ publicKeyMultibase: multibase }] },
        ],
      },
      { now },
    );
    expect(read.issuers.map((issuer) => issuer.name)).toEqual(["Fine"]);
    expect(read.refused).toEqual([
      { item: 'issuer 1 "Only private" key 1', reason: expect.stringMatching(/PRIVATE/) },
      { item: 'issuer 1 "Only private"', reason: expect.stringMatching(/None of its keys could be used/) },
      { item: 'issuer 2 "No keys"', reason: "It lists no key, so it would vouch for nothing." },
      { item: 'issuer 3 "No ids"', reason: expect.stringMatching(/ids: names no identifier/) },
    ]);
  });

  it("refuses a whole list past its validUntil", async () => {
    const list = { validUntil: "2021-05-01T00:00:00Z", issuers: [] };
    await expect(readTrustDocument(list, { now })).rejects.toThrow(/valid until 2021-05-01T00:00:00Z/);
  });
});

describe("readTrustDocument: JWKS", () => {
  it("reads an SHC issuer's JWKS as one issuer named by its URL", async () => {
    const jwks = readJsonVector<{ keys: (JsonWebKey & { kid: string })[] }>("shc/issuer/.well-known/jwks.json");
    const issuerUrl = "https://spec.smarthealth.cards/examples/issuer";
    const read = await readTrustDocument(jwks, { now, issuerUrl });
    expect(read).toEqual({
      format: "jwks",
      refused: [],
      issuers: [
        { name: issuerUrl, ids: [issuerUrl], keys: jwks.keys.map((jwk) => ({ kid: jwk.kid, publicKeyJwk: jwk })) },
      ],
    });
  });

  it("refuses private and unusable keys and needs the issuer URL", async () => {
    const jwks = {
      keys: [
        { ...(await ecJwk()), kid: "public" },
        { ...(await ecJwk("privateKey")), kid: "private" },
        { kty: "EC", crv: "P-256", x: "AAAA", y: "AAAA", kid: "off-curve" },
        { ...(await ecJwk()), use: "enc", kid: "encryption" },
      ],
    };
    const read = await readTrustDocument(jwks, { now, issuerUrl: "https://issuer.example/" });
    expect(read.issuers[0]?.keys.map((key) => key.kid)).toEqual(["public"]);
    expect(read.refused.map((item) => item.item)).toEqual([
      'key 2 (kid "private")',
      'key 3 (kid "off-curve")',
      'key 4 (kid "encryption")',
    ]);
    expect(read.refused[0]?.reason).toMatch(/PRIVATE key/);
    await expect(readTrustDocument(jwks, { now })).rejects.toThrow(/does not name its issuer/);
    await expect(readTrustDocument(jwks, { now, issuerUrl: "ftp://x" })).rejects.toThrow(TrustDocumentError);
  });
});

describe("readTrustDocument: what it cannot read at all", () => {
  it.each([
    ["a number", 42],
    ["an object of another shape", { trusted: [] }],
    ["text that is not JSON", "{issuers:"],
    ["null", null],
  ])("refuses %s clearly", async (_, input) => {
    await expect(readTrustDocument(input, { now })).rejects.toThrow(TrustDocumentError);
  });

  it("refuses a document nested deeper than any trust list, or cyclic, before recursing over it", async () => {
    const deep = {
      issuers: [
        {
          name: "Deep",
          ids: ["x"],
          keys: [],
          contexts: { "https://x.example/": JSON.parse(`${"[".repeat(100_000)}${"]".repeat(100_000)}`) },
        },
      ],
    };
    await expect(readTrustDocument(deep, { now })).rejects.toThrow(/nests deeper than 64 levels/);
    const cyclic: Record<string, unknown> = { issuers: [] };
    (cyclic.issuers as unknown[]).push(cyclic);
    await expect(readTrustDocument(cyclic, { now })).rejects.toThrow(TrustDocumentError);
  });

  it("caps the number of entries", async () => {
    const many = Array.from({ length: MAX_TRUST_ENTRIES + 1 }, () => ({}));
    await expect(readTrustDocument(many, { now })).rejects.toThrow(/more than 10000/);
    await expect(readTrustDocument({ issuers: many }, { now })).rejects.toThrow(/more than 10000 issuers/);
  });
});
