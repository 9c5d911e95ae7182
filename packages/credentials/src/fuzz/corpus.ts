import { generateKeyPairSync } from "node:crypto";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import type { DivocCertificationRequest } from "../divoc/credential.ts";
import { issueDivocCertificate } from "../divoc/sign.ts";
import { createCsca, createDsc } from "../eu-dcc/certificates.ts";
import { createDccSigner, issueDcc } from "../eu-dcc/issue-dcc.ts";
import { buildVaccinationPayload } from "../eu-dcc/payload.ts";
import { encodeNativeQr } from "../qr/native-qr.ts";
import { issueShc } from "../shc/issue-shc.ts";
import { generateShcKey } from "../shc/shc-keys.ts";
import { buildVaccinationBundle } from "../shc/vaccination-bundle.ts";
import type { TrustedIssuer } from "../verify/types.ts";
import { createDocumentLoader } from "../w3c/document-loader.ts";
import { issueVaccinationCredential } from "../w3c/issue-vaccination-credential.ts";
import { issuerDocuments } from "../w3c/issuer-documents.ts";
import { hostileSeeds } from "./hostile-seeds.ts";
import { divocCarriers, FUZZ_NOW, type FuzzCorpus, type FuzzSeed, jsonSeeds, type SeedKind } from "./seed.ts";
import { vectorSeeds } from "./vector-seeds.ts";

const W3C_ISSUER = "did:web:fuzz.example:tenants:demo";
const DIVOC_METHOD = "did:fuzz-divoc";
const DIVOC_ISSUER = "https://divoc.fuzz.example/";
const SHC_ISSUER = "https://fuzz.example/shc";

const w3cSeeds = async (): Promise<{ seeds: FuzzSeed[]; issuer: TrustedIssuer }> => {
  // A fixed key makes the W3C seeds, and so their mutants, the same on every run.
  const keyPair = await Ed25519Multikey.generate({ controller: W3C_ISSUER, seed: new Uint8Array(32).fill(7) });
  const multibase = keyPair.publicKeyMultibase as string;
  keyPair.id = `${W3C_ISSUER}#${multibase}`;
  const method = await keyPair.export({ publicKey: true, includeContext: true });
  const documentLoader = createDocumentLoader({ documents: issuerDocuments(W3C_ISSUER, method) });
  const vaccine = { name: "COVISHIELD", icd11Code: "XM9QW8", manufacturer: { name: "Serum Institute of India" } };
  const credential = await issueVaccinationCredential({
    issuer: W3C_ISSUER,
    signer: keyPair.signer(),
    documentLoader,
    id: "urn:vax:certificate:7K3M-9QPA-2XR5",
    validFrom: new Date("2025-01-01T00:00:00Z"),
    recipient: { name: "Asha Rao", birthDate: "1985-04-12", gender: "Female", identifier: "did:example:1234" },
    doses: [1, 2].map((doseNumber) => ({
      vaccine,
      batch: "4121Z005",
      date: `2025-0${doseNumber}-01`,
      doseNumber,
      totalDoses: 2,
      facility: { name: "PHC Jayanagar", country: "IND" },
    })),
    credentialStatus: (["revocation", "suspension"] as const).map((statusPurpose, at) => ({
      id: `https://fuzz.example/tenants/demo/status/${statusPurpose}/1#${94567 + at}`,
      type: "BitstringStatusListEntry",
      statusPurpose,
      statusListIndex: String(94567 + at),
      statusListCredential: `https://fuzz.example/tenants/demo/status/${statusPurpose}/1`,
    })),
  });
  return {
    seeds: [
      ...(jsonSeeds("own W3C", "w3c", credential, FUZZ_NOW) as FuzzSeed[]),
      { name: "own W3C native QR", kind: "native-qr", format: "w3c", input: encodeNativeQr(credential), now: FUZZ_NOW },
    ],
    issuer: {
      name: "Fuzz W3C issuer",
      ids: [W3C_ISSUER],
      keys: [{ kid: multibase, publicKeyMultibase: multibase }],
    },
  };
};

const divocRequest: DivocCertificationRequest = {
  preEnrollmentCode: "1112",
  recipient: {
    name: "Bhaya Mitra",
    dob: "1994-11-30",
    gender: "Male",
    nationality: "Indian",
    identity: "did:in.gov.uidai.aadhaar:2342343334",
    contact: ["tel:9880414889"],
    address: { addressLine1: "444, 2nd Street", district: "Bengaluru", state: "Karnataka", pincode: "560034" },
  },
  vaccination: {
    name: "COVISHIELD",
    manufacturer: "Serum Institute of India",
    batch: "MB3428BX",
    date: "2025-02-02T09:21:18.646Z",
    dose: 1,
    totalDoses: 2,
  },
  vaccinator: { name: "Sooraj Singh" },
  facility: {
    name: "ABC Medical Center",
    address: { addressLine1: "123, Koramangala", district: "Bengaluru South", state: "Karnataka", pincode: "560034" },
  },
} as DivocCertificationRequest;

const divocSeeds = async (): Promise<{ seeds: FuzzSeed[]; issuer: TrustedIssuer }> => {
  const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const credential = await issueDivocCertificate(divocRequest, {
    key: {
      type: "RsaSignature2018",
      id: DIVOC_METHOD,
      privateKeyPem: String(pair.privateKey.export({ type: "pkcs8", format: "pem" })),
    },
    certificateId: "244768056",
    issuer: DIVOC_ISSUER,
    issuanceDate: new Date("2025-02-02T10:00:00Z"),
    template: "ddcc",
  });
  return {
    seeds: divocCarriers("own DIVOC RSA", credential, FUZZ_NOW),
    issuer: {
      name: "Fuzz DIVOC issuer",
      ids: [DIVOC_ISSUER, DIVOC_METHOD],
      keys: [{ publicKeyPem: String(pair.publicKey.export({ type: "spki", format: "pem" })) }],
    },
  };
};

const dccSeeds = async (): Promise<{ seeds: FuzzSeed[]; issuer: TrustedIssuer }> => {
  const csca = await createCsca({ country: "IN", commonName: "Fuzz CSCA", notBefore: new Date("2024-01-01") });
  const dsc = await createDsc({ csca, country: "IN", commonName: "Fuzz DSC", notBefore: new Date("2024-01-01") });
  const signer = await createDccSigner({ privateKey: dsc.keys.privateKey, certificate: dsc.der });
  const { qr } = await issueDcc({
    payload: buildVaccinationPayload({
      familyName: "Kumar",
      givenName: "Anjali Devi",
      dateOfBirth: "1990-04-12",
      prophylaxis: "J07BX03",
      product: "EU/1/21/1529",
      manufacturer: "ORG-100001981",
      doseNumber: 2,
      totalDoses: 2,
      date: "2025-01-14",
      country: "IN",
      issuer: "Ministry of Health and Family Welfare",
      certificateId: "URN:UVCI:01:IN:FUZZ1234567890",
    }),
    signer,
    issuer: "IN",
    issuedAt: new Date("2025-01-15T10:00:00Z"),
    expiresAt: new Date("2026-01-15T10:00:00Z"),
  });
  const certificate = Buffer.from(dsc.der).toString("base64");
  return {
    seeds: [{ name: "own EU DCC", kind: "dcc-qr", format: "eu-dcc", input: qr, now: FUZZ_NOW }],
    issuer: { name: "Fuzz DCC issuer", ids: ["IN"], keys: [{ certificate }] },
  };
};

const shcSeeds = async (): Promise<{ seeds: FuzzSeed[]; issuer: TrustedIssuer }> => {
  const { signingKey: key } = await generateShcKey();
  const fhirBundle = buildVaccinationBundle({
    patient: { family: "Anyperson", given: ["John", "B."], birthDate: "1951-01-20" },
    doses: [
      { cvx: "207", date: "2025-01-01", lotNumber: "0000001", performer: "ABC General Hospital" },
      { cvx: "207", date: "2025-01-29", lotNumber: "0000007", performer: "ABC General Hospital" },
    ],
  });
  const { jws, qr } = await issueShc({ issuer: SHC_ISSUER, fhirBundle, issuedAt: new Date("2025-02-01"), key });
  const file = { verifiableCredential: [jws] };
  const shc = (name: string, kind: SeedKind, input: FuzzSeed["input"]): FuzzSeed => ({
    name: `own SHC ${name}`,
    kind,
    format: "shc",
    input,
    now: FUZZ_NOW,
  });
  return {
    seeds: [
      shc("QR", "shc-qr", qr),
      shc("JWS", "shc-jws", jws),
      shc("file", "shc-file-text", JSON.stringify(file)),
      shc("file object", "shc-file-object", file),
    ],
    issuer: { name: "Fuzz SHC issuer", ids: [SHC_ISSUER], keys: [{ publicKeyJwk: key.publicJwk }] },
  };
};

/**
 * Makes the fuzzer's corpus: a certificate of every format signed by the package's own issuers (fresh RSA, P-256
 * keys; a fixed Ed25519 one) in every carrier verify() reads, the public test vectors when present, and hostile
 * shapes; with the trust list holding every issuer.
 */
export const createFuzzCorpus = async (): Promise<FuzzCorpus> => {
  const [w3c, divoc, dcc, shc, vectors] = await Promise.all([
    w3cSeeds(),
    divocSeeds(),
    dccSeeds(),
    shcSeeds(),
    vectorSeeds(),
  ]);
  return {
    seeds: [...w3c.seeds, ...divoc.seeds, ...dcc.seeds, ...shc.seeds, ...vectors.seeds, ...hostileSeeds()],
    trust: { issuers: [w3c.issuer, divoc.issuer, dcc.issuer, shc.issuer, ...vectors.issuers] },
  };
};
