import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { beforeAll, describe, expect, it } from "vitest";
import { createW3cSigner } from "./create-w3c-signer.ts";
import { createDocumentLoader, type DocumentLoader, UnknownDocumentError } from "./document-loader.ts";
import { issueVaccinationCredential } from "./issue-vaccination-credential.ts";
import { issuerDocuments } from "./issuer-documents.ts";
import type { W3cSigner } from "./suites.ts";
import { verifyW3cCredential } from "./verify-w3c-credential.ts";

const issuer = "did:web:localhost%3A3003";
const keyId = `${issuer}#key-1`;
const dose = (doseNumber: number, date: string) => ({
  vaccine: {
    name: "COVISHIELD",
    icd11Code: "XM9QW8",
    atcCode: "J07BX03",
    productCode: "EU/1/21/1529",
    manufacturer: { name: "Serum Institute of India", code: "ORG-100001981" },
  },
  batch: "4121Z005",
  date,
  doseNumber,
  totalDoses: 2,
  facility: { name: "PHC Kalyan Nagar", address: "Bengaluru, Karnataka", country: "IND" },
});

let signer: W3cSigner;
let documentLoader: DocumentLoader;
let issued: Record<string, unknown>;

beforeAll(async () => {
  const keyPair = await Ed25519Multikey.generate({ id: keyId, controller: issuer, seed: new Uint8Array(32).fill(7) });
  const method = await keyPair.export({ publicKey: true, includeContext: true });
  documentLoader = createDocumentLoader({ documents: issuerDocuments(issuer, method) });
  signer = keyPair.signer();
  issued = await issueVaccinationCredential({
    issuer,
    signer,
    documentLoader,
    id: "urn:uuid:0b6f3c4e-5d1a-4c8e-9f00-4a3b2c1d0e9f",
    validFrom: new Date("2021-06-01T10:00:00.000Z"),
    recipient: {
      name: "Asha Rao",
      birthDate: "1985-04-12",
      gender: "Female",
      identifier: "did:in.gov.uidai.aadhaar:1234",
    },
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
    created: "2021-06-01T10:00:00Z",
  });
});

const statusOf = async (credential: unknown, name: string) =>
  (await verifyW3cCredential({ credential, documentLoader })).checks.find((check) => check.name === name)?.status;

describe("issueVaccinationCredential", () => {
  it("issues a VC 2.0 credential with an eddsa-rdfc-2022 proof by the did:web issuer", async () => {
    expect(issued).toMatchObject({
      "@context": ["https://www.w3.org/ns/credentials/v2", "http://localhost:3003/credentials/vaccination/v1"],
      type: ["VerifiableCredential", "VaccinationCertificate"],
      issuer,
      validFrom: "2021-06-01T10:00:00Z",
      proof: { type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022", verificationMethod: keyId },
    });
    const result = await verifyW3cCredential({ credential: issued, documentLoader });
    expect(result).toMatchObject({ verified: true, issuer });
  });

  type Dose = {
    batch: string;
    date: string;
    doseNumber: number;
    vaccine: { icd11Code: string; manufacturer: { name: string } };
    facility: { name: string };
  };
  type Editable = {
    validFrom: string;
    credentialStatus: [{ statusListIndex: string }];
    credentialSubject: { name: string; birthDate: string; identifier: string; doses: [Dose, Dose] };
  };
  const edits: [string, (c: Editable) => void][] = [
    ["recipient name", (c) => (c.credentialSubject.name = "Asha Raos")],
    ["birth date", (c) => (c.credentialSubject.birthDate = "1985-04-13")],
    ["identifier", (c) => (c.credentialSubject.identifier = "did:in.gov.uidai.aadhaar:1235")],
    ["batch", (c) => (c.credentialSubject.doses[1].batch = "4121Z006")],
    ["dose date", (c) => (c.credentialSubject.doses[1].date = "2021-06-02")],
    ["dose number", (c) => (c.credentialSubject.doses[0].doseNumber = 2)],
    ["ICD-11 code", (c) => (c.credentialSubject.doses[0].vaccine.icd11Code = "XM9QW9")],
    ["manufacturer", (c) => (c.credentialSubject.doses[0].vaccine.manufacturer.name = "Bharat Biotech")],
    ["facility", (c) => (c.credentialSubject.doses[0].facility.name = "PHC Kalyan Nagar 2")],
    ["status index", (c) => (c.credentialStatus[0].statusListIndex = "94568")],
    ["validFrom", (c) => (c.validFrom = "2021-06-01T10:00:01Z")],
  ];
  it.each(edits)("fails the signature check when the %s changes", async (_field, edit) => {
    const tampered = structuredClone(issued);
    edit(tampered as unknown as Editable);
    expect(await statusOf(tampered, "signature")).toBe("failed");
  });

  it("fails without throwing on input that is not a credential", async () => {
    for (const input of [null, "text", 42, [], {}, { ...issued, proof: "x" }]) {
      expect(await statusOf(input, "format")).toBe("failed");
    }
  });

  it("names an unknown context URL instead of fetching it", async () => {
    const url = "https://example.org/unknown/v1";
    await expect(documentLoader(url)).rejects.toThrow(UnknownDocumentError);
    await expect(documentLoader(url)).rejects.toThrow(url);
    const foreign = { ...issued, "@context": [...(issued["@context"] as string[]), url] };
    const result = await verifyW3cCredential({ credential: foreign, documentLoader });
    expect(result.checks[1]?.reason).toContain(url);
  });

  it("signs with a key given as a Multikey key pair", async () => {
    const keyPair = await Ed25519Multikey.generate({ id: keyId, controller: issuer, seed: new Uint8Array(32).fill(7) });
    const fromKey = await createW3cSigner({
      id: keyId,
      publicKeyMultibase: keyPair.publicKeyMultibase,
      secretKeyMultibase: keyPair.secretKeyMultibase as string,
    });
    const data = new Uint8Array([1, 2, 3]);
    expect(await fromKey.sign({ data })).toEqual(await signer.sign({ data }));
  });
});

describe("a deployment under another public URL", () => {
  it("verifies with a loader that was never told that URL: the context is rebuilt for its base", async () => {
    const publicUrl = "https://verify.health.example.gov/in";
    const signedElsewhere = await issueVaccinationCredential({
      issuer,
      signer,
      documentLoader: createDocumentLoader({
        publicUrl,
        documents: issuerDocuments(issuer, await (await documentLoader(keyId)).document),
      }),
      validFrom: "2021-06-01T10:00:00Z",
      recipient: { name: "Asha Rao", birthDate: "1985-04-12" },
      doses: [dose(1, "2021-03-01")],
      publicUrl,
      created: "2021-06-01T10:00:00Z",
    });
    expect((signedElsewhere["@context"] as string[])[1]).toBe(`${publicUrl}/credentials/vaccination/v1`);
    const outcome = await verifyW3cCredential({ credential: signedElsewhere, documentLoader });
    expect(outcome.verified).toBe(true);
  });

  it("rebuilds only http(s) context URLs of our exact path", async () => {
    const loader = createDocumentLoader();
    const loaded = await loader("https://verify.example/credentials/vaccination/v1");
    expect((loaded.document["@context"] as { vax: string }).vax).toBe(
      "https://verify.example/credentials/vaccination/v1#",
    );
    for (const url of [
      "ftp://verify.example/credentials/vaccination/v1",
      "https://verify.example/credentials/vaccination/v1?x=1",
      "https://verify.example/credentials/vaccination/v2",
    ]) {
      await expect(loader(url)).rejects.toBeInstanceOf(UnknownDocumentError);
    }
  });
});
