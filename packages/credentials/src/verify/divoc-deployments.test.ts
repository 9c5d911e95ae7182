import { generateKeyPairSync } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import vaccinationV1 from "../divoc/contexts/context-vaccination-v1.json" with { type: "json" };
import type { DivocCertificationRequest } from "../divoc/credential.ts";
import { issueDivocCertificate } from "../divoc/sign.ts";
import { type TrustedIssuer, type VerifyResult, verify } from "./index.ts";
import { divocIssuer, readJsonVector, vectorTrust } from "./vectors.ts";

const now = new Date("2022-01-01T00:00:00Z");
const india = vectorTrust().issuers.find((issuer) => issuer.ids.includes(divocIssuer)) as TrustedIssuer;
const check = (result: VerifyResult, name: string) => result.checks.find((c) => c.name === name);

// A second deployment (Sri Lanka's) kept DIVOC's `did:india` verification method but signs with its own key, under
// its own copy of the vaccination context served from its own domain.
const LK_ISSUER = "https://divoc.health.gov.lk/";
const LK_CONTEXT = "https://divoc.health.gov.lk/credentials/vaccination/v1";
const lkContextDocument = JSON.parse(
  JSON.stringify(vaccinationV1).replaceAll("https://cowin.gov.in/credentials/vaccination/v1", LK_CONTEXT),
);
const [request] = readJsonVector<DivocCertificationRequest[]>("divoc/certify.json");
const lkPair = generateKeyPairSync("rsa", { modulusLength: 2048 });
const lkPublicKeyPem = String(lkPair.publicKey.export({ type: "spki", format: "pem" }));
const lkSigningKey = {
  type: "RsaSignature2018" as const,
  id: "did:india",
  privateKeyPem: String(lkPair.privateKey.export({ type: "pkcs8", format: "pem" })),
};
const sriLanka: TrustedIssuer = {
  name: "Ministry of Health, Sri Lanka",
  country: "LK",
  ids: [LK_ISSUER, "did:india"],
  keys: [{ publicKeyPem: lkPublicKeyPem }],
  contexts: { [LK_CONTEXT]: lkContextDocument },
};

let lkOwnContext: Record<string, unknown>;
let lkBuiltInContext: Record<string, unknown>;

beforeAll(async () => {
  if (!request) throw new Error("certify.json holds no request");
  const common = { certificateId: "LK-1", issuer: LK_ISSUER, issuanceDate: new Date("2021-09-01T00:00:00Z") };
  [lkOwnContext, lkBuiltInContext] = await Promise.all([
    issueDivocCertificate(request, {
      ...common,
      key: lkSigningKey,
      namespace: LK_CONTEXT,
      contexts: { [LK_CONTEXT]: lkContextDocument },
    }),
    issueDivocCertificate(request, { ...common, key: lkSigningKey }),
  ]);
});

describe("DIVOC certificates from every deployment", () => {
  it("verifies DIVOC's samples with the entry of their issuer, and refuses them without it", async () => {
    for (const name of ["divoc/rsa-signed.json", "divoc/ed25519-signed.json"]) {
      const sample = readJsonVector(name);
      const trusted = await verify(sample, { trust: { issuers: [india, sriLanka] }, now });
      expect(trusted, name).toMatchObject({ verified: true, issuer: { id: divocIssuer, name: "DIVOC demo" } });
      const untrusted = await verify(sample, { trust: { issuers: [sriLanka] }, now });
      expect(untrusted.verified, name).toBe(false);
      expect(check(untrusted, "issuer trusted"), name).toMatchObject({
        status: "failed",
        reason: `The issuer ${divocIssuer} is not on the trust list (nor is the verification method "did:india" alone, as older lists name a DIVOC issuer).`,
      });
    }
  });

  it("verifies another country's certificate under did:india with its own key and context, not India's", async () => {
    const result = await verify(lkOwnContext, { trust: { issuers: [india, sriLanka] }, now });
    expect(result).toMatchObject({
      verified: true,
      issuer: { id: LK_ISSUER, name: "Ministry of Health, Sri Lanka", country: "LK" },
    });
    // India's own certificates are not checked against Sri Lanka's key either.
    const swapped = await verify(lkBuiltInContext, {
      trust: { issuers: [{ ...india, ids: [LK_ISSUER, "did:india"] }] },
      now,
    });
    expect(check(swapped, "signature")?.status).toBe("failed");
  });

  it("fails another country's certificate when only India's entry holds did:india", async () => {
    const result = await verify(lkBuiltInContext, { trust: { issuers: [india] }, now });
    expect(result.verified).toBe(false);
    expect(check(result, "issuer trusted")).toMatchObject({
      status: "failed",
      reason: /^The issuer https:\/\/divoc\.health\.gov\.lk\/ is not on the trust list/,
    });
    expect(check(result, "signature")?.status).toBe("skipped");
    expect(result.issuer).toEqual({ id: LK_ISSUER });
    // An older list's India entry, naming only did:india, is tried, and India's key did not sign it.
    const legacy = await verify(lkBuiltInContext, { trust: { issuers: [{ ...india, ids: ["did:india"] }] }, now });
    expect(legacy.verified).toBe(false);
    expect(check(legacy, "signature")).toMatchObject({ status: "failed", reason: /^The signature does not match/ });
    expect(legacy.issuer).toEqual({ id: LK_ISSUER });
  });

  it("refuses a certificate whose issuer is not listed when two entries hold its verification method", async () => {
    const legacy = { ...sriLanka, ids: ["did:india"] };
    const indiaLegacy = { ...india, ids: ["did:india"] };
    const result = await verify(lkBuiltInContext, { trust: { issuers: [indiaLegacy, legacy] }, now });
    expect(check(result, "issuer trusted")).toMatchObject({
      status: "failed",
      reason: /is not on the trust list \(nor is the verification method "did:india" alone/,
    });
    expect(check(result, "signature")?.status).toBe("skipped");
  });

  it("still finds an entry listing only did:india when it is the only one, and says so", async () => {
    const legacy = { ...sriLanka, ids: ["did:india"] };
    const result = await verify(lkOwnContext, { trust: { issuers: [legacy] }, now });
    expect(result).toMatchObject({ verified: true, issuer: { id: LK_ISSUER, name: "Ministry of Health, Sri Lanka" } });
    expect(check(result, "issuer trusted")?.reason).toBe(
      `The issuer ${LK_ISSUER} is not on the trust list by name; only "Ministry of Health, Sri Lanka" holds the verification method "did:india", and its key was used.`,
    );
  });

  it("fails with a clear reason when the certificate's context is neither built in nor in its issuer's entry", async () => {
    const { contexts: _, ...withoutContext } = sriLanka;
    const result = await verify(lkOwnContext, { trust: { issuers: [withoutContext] }, now });
    expect(check(result, "signature")).toEqual({
      name: "signature",
      status: "failed",
      reason: `Its context "${LK_CONTEXT}" is neither built into this verifier nor carried by its issuer's trust entry; contexts are never fetched, so the signature cannot be checked.`,
    });
  });

  it("chooses the key whose kid the verification method names, among that entry's keys only", async () => {
    const [KEY_A, KEY_B] = [`${LK_ISSUER}keys/a`, `${LK_ISSUER}keys/b`];
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const otherPem = String(other.publicKey.export({ type: "spki", format: "pem" }));
    const signedAsKeyB = await issueDivocCertificate(request as DivocCertificationRequest, {
      certificateId: "LK-2",
      issuer: LK_ISSUER,
      issuanceDate: new Date("2021-09-01T00:00:00Z"),
      key: { ...lkSigningKey, id: KEY_B },
    });
    const entry = (keyB: string): TrustedIssuer => ({
      ...sriLanka,
      keys: [
        { kid: KEY_A, publicKeyPem: otherPem },
        { kid: KEY_B, publicKeyPem: keyB },
      ],
    });
    expect(await verify(signedAsKeyB, { trust: { issuers: [entry(lkPublicKeyPem)] }, now })).toMatchObject({
      verified: true,
    });
    // With key b not the signer's, key a (which is) is never tried, although it is the same entry's.
    const misnamed = await verify(signedAsKeyB, { trust: { issuers: [entry(otherPem)] }, now });
    expect(check(misnamed, "signature")?.status).toBe("failed");
  });
});
