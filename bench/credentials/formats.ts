import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import QRCode, { type QRCodeSegment } from "qrcode";
import { deflate, encodeBase45 } from "../../packages/credentials/src/codecs/index.ts";
import {
  type DivocCertificationRequest,
  type DivocSigningKey,
  issueDivocCertificate,
  verifyDivocCredential,
  writeDivocQr,
} from "../../packages/credentials/src/divoc/index.ts";
import {
  buildVaccinationPayload,
  createCsca,
  createDccSigner,
  createDccTrustStore,
  createDsc,
  issueDcc,
  verifyDcc,
} from "../../packages/credentials/src/eu-dcc/index.ts";
import {
  buildVaccinationBundle,
  generateShcKey,
  issueShc,
  verifyShc,
} from "../../packages/credentials/src/shc/index.ts";
import { readVector } from "../../packages/credentials/src/verify/vectors.ts";
import {
  createDocumentLoader,
  createW3cSigner,
  issueVaccinationCredential,
  verifyW3cCredential,
} from "../../packages/credentials/src/w3c/index.ts";
import { issuerDocuments } from "../../packages/credentials/src/w3c/issuer-documents.ts";

/** The certificate formats the bench measures. */
export const FORMATS = ["vc", "divoc-rsa", "divoc-ed25519", "dcc", "shc"] as const;

/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** What the bench runs for one format: issue the n-th certificate, verify an issued one, size its QR. */
export type FormatBench = {
  sign(n: number): Promise<unknown>;
  verify(signed: unknown): Promise<boolean>;
  qrVersion(signed: unknown): number;
};

const version = (segments: QRCodeSegment[]): number => QRCode.create(segments, { errorCorrectionLevel: "M" }).version;

const vc = async (): Promise<FormatBench> => {
  const issuer = "did:web:localhost%3A3003";
  const keyId = `${issuer}#key-1`;
  const keyPair = await Ed25519Multikey.generate({ id: keyId, controller: issuer });
  const method = await keyPair.export({ publicKey: true, includeContext: true });
  const documentLoader = createDocumentLoader({ documents: issuerDocuments(issuer, method) });
  const signer = await createW3cSigner({
    id: keyId,
    publicKeyMultibase: keyPair.publicKeyMultibase,
    secretKeyMultibase: keyPair.secretKeyMultibase as string,
  });
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
  return {
    sign: (n) =>
      issueVaccinationCredential({
        issuer,
        signer,
        documentLoader,
        id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
        validFrom: new Date(),
        recipient: { name: `Recipient ${n}`, birthDate: "1985-04-12", gender: "Female", identifier: `id-${n}` },
        doses: [dose(1, "2021-03-01"), dose(2, "2021-06-01")],
        credentialStatus: [
          {
            id: `http://localhost:3003/credentials/status/1#${n}`,
            type: "BitstringStatusListEntry",
            statusPurpose: "revocation",
            statusListIndex: String(n),
            statusListCredential: "http://localhost:3003/credentials/status/1",
          },
        ],
      }),
    verify: async (credential) => (await verifyW3cCredential({ credential, documentLoader })).verified,
    qrVersion: (signed) => {
      const text = encodeBase45(deflate(new TextEncoder().encode(JSON.stringify(signed))));
      return version([{ data: text, mode: "alphanumeric" }]);
    },
  };
};

const divoc = async (type: DivocSigningKey["type"]): Promise<FormatBench> => {
  const [request] = JSON.parse(readVector("divoc/certify.json")) as DivocCertificationRequest[];
  if (!request) throw new Error("divoc/certify.json holds no certification request");
  const edPair = JSON.parse(readVector("divoc/ed25519-keys.json")) as {
    publicKeyBase58: string;
    privateKeyBase58: string;
  };
  const key: DivocSigningKey =
    type === "RsaSignature2018"
      ? { type, id: "did:india", privateKeyPem: readVector("divoc/rsa-private.pem") }
      : { type, id: "did:india", ...edPair };
  const keys = [
    type === "RsaSignature2018"
      ? { id: "did:india", publicKeyPem: readVector("divoc/rsa-public.pem") }
      : { id: "did:india", publicKeyBase58: edPair.publicKeyBase58 },
  ];
  // DIVOC certifies one dose per certificate; the second of two is the one a traveller shows.
  const secondDose = { ...request, vaccination: { ...request.vaccination, dose: 2, totalDoses: 2 } };
  return {
    sign: (n) =>
      issueDivocCertificate(secondDose, { certificateId: String(244768056 + n), issuer: "https://divoc.dev/", key }),
    verify: async (credential) => (await verifyDivocCredential(credential, { keys })).verified,
    qrVersion: (signed) => version([{ data: writeDivocQr(signed as Record<string, unknown>), mode: "byte" }]),
  };
};

const dcc = async (): Promise<FormatBench> => {
  const csca = await createCsca({ country: "IN", commonName: "Vax Bench CSCA" });
  const dsc = await createDsc({ csca, country: "IN", commonName: "Vax Bench DSC" });
  const signer = await createDccSigner({ privateKey: dsc.keys.privateKey, certificate: dsc.der });
  const trustStore = await createDccTrustStore([dsc.der]);
  const expiresAt = new Date(Date.now() + 365 * 86_400_000);
  return {
    sign: (n) =>
      issueDcc({
        payload: buildVaccinationPayload({
          familyName: "Kumar",
          givenName: "Anjali Devi",
          dateOfBirth: "1990-04-12",
          prophylaxis: "J07BX03",
          product: "EU/1/21/1529",
          manufacturer: "ORG-100001981",
          doseNumber: 2,
          totalDoses: 2,
          date: "2021-09-14",
          country: "IN",
          issuer: "Ministry of Health and Family Welfare",
          certificateId: `01IN${String(n).padStart(12, "0")}`,
        }),
        signer,
        issuer: "IN",
        expiresAt,
      }),
    verify: async (issued) => (await verifyDcc((issued as { qr: string }).qr, { trustStore })).verified,
    qrVersion: (issued) => version([{ data: (issued as { qr: string }).qr, mode: "alphanumeric" }]),
  };
};

const shc = async (): Promise<FormatBench> => {
  const issuer = "https://localhost:3003/shc";
  const { signingKey } = await generateShcKey();
  const trust = { issuers: { [issuer]: { keys: [signingKey.publicJwk] } } };
  return {
    sign: (n) =>
      issueShc({
        issuer,
        key: signingKey,
        issuedAt: new Date(),
        fhirBundle: buildVaccinationBundle({
          patient: { family: "Rao", given: [`Asha ${n}`], birthDate: "1985-04-12" },
          doses: [
            { cvx: "210", date: "2021-03-01", lotNumber: "4121Z005", performer: "PHC Kalyan Nagar" },
            { cvx: "210", date: "2021-06-01", lotNumber: "4121Z006", performer: "PHC Kalyan Nagar" },
          ],
        }),
      }),
    verify: async (issued) => (await verifyShc((issued as { qr: string }).qr, trust)).verified,
    qrVersion: (issued) => {
      const digits = (issued as { qr: string }).qr.slice("shc:/".length);
      return version([
        { data: new TextEncoder().encode("shc:/"), mode: "byte" },
        { data: digits, mode: "numeric" },
      ]);
    },
  };
};

/** Prepares keys, trust and inputs for one format, once per thread. */
export const createFormatBench = (format: Format): Promise<FormatBench> => {
  if (format === "vc") return vc();
  if (format === "divoc-rsa") return divoc("RsaSignature2018");
  if (format === "divoc-ed25519") return divoc("Ed25519Signature2018");
  if (format === "dcc") return dcc();
  return shc();
};

/** How many operations fit in `ms` milliseconds, calling `run` one after another. */
export const countFor = async (ms: number, run: (n: number) => Promise<unknown>): Promise<number> => {
  const end = performance.now() + ms;
  let count = 0;
  while (performance.now() < end) await run(count++);
  return count;
};
