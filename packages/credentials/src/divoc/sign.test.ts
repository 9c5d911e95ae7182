import { createPrivateKey, sign } from "node:crypto";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { describe, expect, it } from "vitest";
import { readVector } from "../verify/vectors.ts";
import { decodeBase58 } from "./base58.ts";
import { buildDivocCredential, type DivocCertificationRequest } from "./credential.ts";
import { createDivocDocumentLoader } from "./document-loader.ts";
import { assertionPurpose, jsigs } from "./jsigs.ts";
import { ED25519_2020_URL } from "./keys.ts";
import { type DivocSigningKey, issueDivocCertificate, signDivocCredential } from "./sign.ts";
import { verifyDivocCredential } from "./verify.ts";

const read = (name: string) => readVector(`divoc/${name}`);
const [request] = JSON.parse(read("certify.json")) as DivocCertificationRequest[];
if (!request) throw new Error("certify.json holds no request");
const edPair = JSON.parse(read("ed25519-keys.json")) as { publicKeyBase58: string; privateKeyBase58: string };

const rsaKey: DivocSigningKey = { type: "RsaSignature2018", id: "did:india", privateKeyPem: read("rsa-private.pem") };
const edKey: DivocSigningKey = { type: "Ed25519Signature2018", id: "did:india", ...edPair };
const keys = [
  { id: "did:india", publicKeyPem: read("rsa-public.pem") },
  { id: "did:india", publicKeyBase58: edPair.publicKeyBase58 },
];
const setAt = (target: unknown, path: string, value: unknown) => {
  const steps = path.split(".");
  const last = steps.pop() as string;
  const parent = steps.reduce((node, key) => (node as Record<string, unknown>)[key], target);
  (parent as Record<string, unknown>)[last] = value;
};
const options = {
  certificateId: "244768056",
  issuer: "https://divoc.dev/",
  issuanceDate: new Date("2021-08-28T11:35:43.776Z"),
};

describe("buildDivocCredential", () => {
  it("fills DIVOC's W3C template the way rsa-signed.json was filled", () => {
    const sample = JSON.parse(read("rsa-signed.json"));
    const built = buildDivocCredential(request, options);
    expect(built["@context"]).toEqual(sample["@context"]);
    expect(built.type).toEqual(sample.type);
    expect(Object.keys(built.credentialSubject)).toEqual(Object.keys(sample.credentialSubject));
    expect(built.evidence[0]).toMatchObject({
      id: "https://divoc.dev/vaccine/244768056",
      infoUrl: "https://divoc.dev/?244768056",
      certificateId: "244768056",
      type: ["Vaccination"],
      vaccine: "CoVax",
      dose: 1,
      totalDoses: 2,
    });
    expect(built.credentialSubject).toMatchObject({ id: "did:in.gov.uidai.aadhaar:2342343334", age: "26" });
  });

  it("adds dob, ICD-11 code and prophylaxis under the v2 context for the DDCC template", () => {
    const vaccination = {
      ...request.vaccination,
      icd11Code: "XM9QW8",
      prophylaxis: "COVID-19 vaccine, non-replicating viral vector",
    };
    const built = buildDivocCredential({ ...request, vaccination }, { ...options, template: "ddcc" });
    expect(built["@context"][1]).toBe("https://cowin.gov.in/credentials/vaccination/v2");
    expect(built.credentialSubject).toMatchObject({ dob: "1994-11-30" });
    expect(built.evidence[0]).toMatchObject({ icd11Code: "XM9QW8" });
  });
});

describe("signDivocCredential", () => {
  it("reproduces the Ed25519Signature2018 jws of ed25519-signed.json byte for byte", async () => {
    const { proof, ...unsigned } = JSON.parse(read("ed25519-signed.json"));
    const signed = await signDivocCredential(unsigned, { key: edKey, date: new Date(proof.created) });
    expect(signed.proof).toEqual(proof);
  });

  it("signs rsa-signed.json's content again into a certificate with the same PS256 header", async () => {
    const { proof, ...unsigned } = JSON.parse(read("rsa-signed.json"));
    const signed = await signDivocCredential(unsigned, { key: rsaKey, date: new Date(proof.created) });
    expect(String(signed.proof?.jws).split(".")[0]).toBe(proof.jws.split(".")[0]);
    expect((await verifyDivocCredential(signed, { keys })).verified).toBe(true);
  });
});

describe("issueDivocCertificate", () => {
  for (const key of [rsaKey, edKey]) {
    it(`round trips with ${key.type}`, async () => {
      const signed = await issueDivocCertificate(request, { ...options, key });
      expect(signed.proof).toMatchObject({
        type: key.type,
        created: "2021-08-28T11:35:43Z",
        verificationMethod: "did:india",
        proofPurpose: "assertionMethod",
      });
      expect(signed["@context"]).toEqual([
        "https://www.w3.org/2018/credentials/v1",
        "https://divoc.dev/credentials/vaccination/v1",
      ]);
      expect((await verifyDivocCredential(signed, { keys })).verified).toBe(true);
    });

    it(`fails the signature check when any value of a ${key.type} certificate changes`, async () => {
      const signed = await issueDivocCertificate(request, { ...options, key, template: "ddcc" });
      const edits: [string, unknown][] = [
        ["credentialSubject.name", "Bhaya Mitrb"],
        ["credentialSubject.dob", "1994-11-31"],
        ["issuanceDate", "2021-08-28T11:35:43.777Z"],
        ["evidence.0.batch", "MB3428BY"],
        ["evidence.0.dose", 2],
        ["evidence.0.certificateId", "244768057"],
        ["proof.created", "2021-08-28T11:35:44Z"],
      ];
      for (const [path, value] of edits) {
        const tampered = structuredClone(signed);
        setAt(tampered, path, value);
        const result = await verifyDivocCredential(tampered, { keys });
        expect(result.checks.find((check) => check.name === "signature")?.status).toBe("failed");
      }
    });
  }

  it("verifies an Ed25519Signature2020 certificate made with the same key", async () => {
    const seed = decodeBase58(edPair.privateKeyBase58).slice(0, 32);
    const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
    const privateKey = createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" });
    const signer = {
      id: "did:india",
      algorithm: "Ed25519",
      sign: async ({ data }: { data: Uint8Array }) => sign(null, data, privateKey),
    };
    const credential = buildDivocCredential(request, options);
    credential["@context"].push(ED25519_2020_URL);
    const signed = await jsigs.sign(credential, {
      suite: new Ed25519Signature2020({ signer, date: options.issuanceDate }),
      purpose: assertionPurpose(),
      documentLoader: createDivocDocumentLoader(),
    });
    expect((await verifyDivocCredential(signed, { keys })).verified).toBe(true);
    (signed.credentialSubject as Record<string, unknown>).name = "Bhaya Mitrb";
    expect((await verifyDivocCredential(signed, { keys })).verified).toBe(false);
  });
});
