import { randomBytes } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { TCertificateDocument } from "../certificate-document.ts";

const BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

// RFC 9285 base45, written out here so that the tests and the bench depend on nothing internal.
const base45 = (bytes: Uint8Array): string => {
  let text = "";
  for (let index = 0; index < bytes.length; index += 2) {
    const pair = index + 1 < bytes.length;
    let value = pair ? (bytes[index] ?? 0) * 256 + (bytes[index + 1] ?? 0) : (bytes[index] ?? 0);
    const digits = pair ? 3 : 2;
    for (let digit = 0; digit < digits; digit++) {
      text += BASE45[value % 45];
      value = Math.floor(value / 45);
    }
  }
  return text;
};

/**
 * QR text shaped like a real native QR: a signed two-dose credential as JSON, zlib-deflated and
 * base45-encoded. The proof value is random, as a signature is, so it does not compress away.
 */
export const sampleNativeQr = (): string => {
  const credential = {
    "@context": ["https://www.w3.org/ns/credentials/v2", "http://localhost:3003/credentials/vaccination/v1"],
    type: ["VerifiableCredential", "VaccinationCertificate"],
    id: "urn:vax:certificate:7K3M-Q9TD-WX4P",
    issuer: "did:web:localhost%3A3003:tenants:demo",
    validFrom: "2021-06-20T04:42:00Z",
    credentialSubject: {
      type: "VaccinatedPerson",
      name: "Ananya Rao",
      birthDate: "1985-03-14",
      gender: "female",
      identifier: "Aadhaar XXXX XXXX 1234",
      doses: [1, 2].map((doseNumber) => ({
        vaccine: {
          name: "COVISHIELD",
          icd11Code: "XM9QW8",
          atcCode: "J07BN02",
          manufacturer: { name: "Serum Institute of India" },
        },
        batch: doseNumber === 1 ? "4121Z005" : "4121Z088",
        date: doseNumber === 1 ? "2021-03-14" : "2021-06-20",
        doseNumber,
        totalDoses: 2,
        facility: { name: "PHC Jayanagar", address: "Bengaluru, Karnataka", country: "IN" },
      })),
    },
    credentialStatus: ["revocation", "suspension"].map((statusPurpose, index) => ({
      id: `http://localhost:3003/tenants/demo/status/${statusPurpose}/1#${48213 + index}`,
      type: "BitstringStatusListEntry",
      statusPurpose,
      statusListIndex: String(48213 + index),
      statusListCredential: `http://localhost:3003/tenants/demo/status/${statusPurpose}/1`,
    })),
    proof: {
      type: "DataIntegrityProof",
      cryptosuite: "eddsa-rdfc-2022",
      created: "2021-06-20T04:42:00Z",
      verificationMethod: "did:web:localhost%3A3003:tenants:demo#key-1",
      proofPurpose: "assertionMethod",
      proofValue: `z${randomBytes(64).toString("base64url")}`,
    },
  };
  return base45(deflateSync(JSON.stringify(credential)));
};

/** A two-dose certificate document, as the citizen app would pass it, with the given changes. */
export const sampleCertificate = (changes: Partial<TCertificateDocument> = {}): TCertificateDocument => ({
  certificateId: "7K3M-Q9TD-WX4P",
  programme: { name: "COVID-19 Vaccination Programme", disease: "COVID-19" },
  issuer: { name: "Ministry of Health, Demo", country: "IN", did: "did:web:localhost%3A3003:tenants:demo" },
  recipient: { name: "Ananya Rao", birthDate: "1985-03-14", gender: "Female", identifier: "Aadhaar XXXX XXXX 1234" },
  doses: [
    {
      doseNumber: 1,
      totalDoses: 2,
      vaccine: "COVISHIELD",
      manufacturer: "Serum Institute of India",
      batch: "4121Z005",
      date: "2021-03-14",
      facility: "PHC Jayanagar, Bengaluru",
    },
    {
      doseNumber: 2,
      totalDoses: 2,
      vaccine: "COVISHIELD",
      manufacturer: "Serum Institute of India",
      batch: "4121Z088",
      date: "2021-06-20",
      facility: "DH Yelahanka, Bengaluru",
    },
  ],
  issuedAt: "2021-06-20T10:12:00+05:30",
  qr: sampleNativeQr(),
  verifyUrl: "http://localhost:3003",
  ...changes,
});

/** A COVID-19 test report (DIVOC's ProofOfTestCertificateCredential) as a certificate document: event fields, no doses. */
export const sampleTestReport = (changes: Partial<TCertificateDocument> = {}): TCertificateDocument =>
  sampleCertificate({
    certificateId: "T4QX-8M2K-RR7C",
    programme: { name: "COVID-19 Testing" },
    doses: [],
    eventFields: [
      { key: "testType", label: "Test type", value: "RT-PCR" },
      { key: "result", label: "Result", value: "Negative" },
      { key: "sampleCollectionTimestamp", label: "Sample date", value: "2021-07-02", kind: "date" },
      { key: "facility_name", label: "Laboratory", value: "NIMHANS Virology Lab, Bengaluru" },
      { key: "sampleOrigin", label: "Sample origin", value: "Nasopharyngeal swab" },
    ],
    ...changes,
  });
