import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeBase45 } from "../codecs/base45.ts";
import { scanQrPng, zbarimg } from "../testing/zbar.ts";
import { createDocumentLoader, type DocumentLoader } from "../w3c/document-loader.ts";
import { issueVaccinationCredential } from "../w3c/issue-vaccination-credential.ts";
import { issuerDocuments } from "../w3c/issuer-documents.ts";
import { verifyW3cCredential } from "../w3c/verify-w3c-credential.ts";
import { decodeNativeQr, encodeNativeQr, NativeQrError } from "./native-qr.ts";
import { qrPng, qrSvg, qrVersionFor } from "./qr-image.ts";

const issuer = "did:web:localhost%3A3003";
const dose = (doseNumber: number, date: string, batch: string) => ({
  vaccine: {
    name: "COVISHIELD",
    icd11Code: "XM9QW8",
    atcCode: "J07BX03",
    productCode: "EU/1/21/1529",
    manufacturer: { name: "Serum Institute of India Pvt. Ltd.", code: "ORG-100001981" },
  },
  batch,
  date,
  doseNumber,
  totalDoses: 2,
  facility: { name: "Primary Health Centre Kalyan Nagar", address: "Bengaluru, Karnataka", country: "IND" },
});
const statusEntry = (purpose: string, index: number) => ({
  id: `http://localhost:3003/credentials/status/${purpose}/1#${index}`,
  type: "BitstringStatusListEntry" as const,
  statusPurpose: purpose,
  statusListIndex: String(index),
  statusListCredential: `http://localhost:3003/credentials/status/${purpose}/1`,
});

let documentLoader: DocumentLoader;
let credential: Record<string, unknown>;
let scratch: string;

beforeAll(async () => {
  const generated = await Ed25519Multikey.generate({ controller: issuer });
  const keyId = `${issuer}#${generated.publicKeyMultibase}`;
  const keyPair = await Ed25519Multikey.from({
    ...(await generated.export({ publicKey: true, secretKey: true })),
    id: keyId,
    controller: issuer,
  });
  const method = await keyPair.export({ publicKey: true, includeContext: true });
  documentLoader = createDocumentLoader({ documents: issuerDocuments(issuer, method) });
  credential = await issueVaccinationCredential({
    issuer,
    signer: keyPair.signer(),
    documentLoader,
    id: "urn:uuid:0b6f3c4e-5d1a-4c8e-9f00-4a3b2c1d0e9f",
    validFrom: new Date("2021-06-01T10:00:00Z"),
    recipient: {
      name: "Asha Venkata Rao",
      birthDate: "1985-04-12",
      gender: "Female",
      identifier: "urn:in:abha:91-4530-2291-7733",
    },
    doses: [dose(1, "2021-03-01", "4121Z005"), dose(2, "2021-06-01", "4121Z118")],
    credentialStatus: [statusEntry("revocation", 94567), statusEntry("suspension", 94567)],
  });
  scratch = mkdtempSync(join(tmpdir(), "native-qr-"));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("encodeNativeQr / decodeNativeQr", () => {
  it("round-trips a signed credential, which still verifies after decoding", async () => {
    const text = encodeNativeQr(credential);
    expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    const decoded = decodeNativeQr(text);
    expect(decoded).toEqual(credential);
    expect((await verifyW3cCredential({ credential: decoded, documentLoader })).verified).toBe(true);
  });

  it("fits a two-dose credential in a QR of version 25 or below at ECC M, in alphanumeric mode", async () => {
    const text = encodeNativeQr(credential);
    const version = qrVersionFor(text, { ecc: "M" });
    const svg = await qrSvg(text);
    console.info(`native two-dose QR: ${text.length} base45 characters, version ${version} at ECC M`);
    expect(version).toBeLessThanOrEqual(25);
    expect(svg).toMatchObject({ version, ecc: "M", mode: "alphanumeric" });
  });

  it("says which step fails for text that is not a native QR", () => {
    expect(() => decodeNativeQr("")).toThrow(/empty/);
    expect(() => decodeNativeQr("hello")).toThrow(/not base45/);
    expect(() => decodeNativeQr(encodeBase45(new TextEncoder().encode("plain")))).toThrow(/not zlib/);
    expect(() => decodeNativeQr("HC1:6BFOXN")).toThrow(NativeQrError);
    const truncated = encodeNativeQr(credential).slice(0, -30);
    expect(() => decodeNativeQr(truncated)).toThrow(/Not a native QR/);
  });

  it("refuses JSON that is not a credential object", () => {
    const array = encodeBase45(new Uint8Array([0x78, 0xda, 0x8b, 0x8e, 0x05, 0x00, 0x01, 0x15, 0x00, 0xb9]));
    expect(() => decodeNativeQr(array)).toThrow(/not a credential object/);
  });

  it.skipIf(!zbarimg)("scans back to the same text with zbarimg (skipped: zbarimg is not installed)", async () => {
    const text = encodeNativeQr(credential);
    const { png } = await qrPng(text);
    const scanned = scanQrPng(png, join(scratch, "native.png")).toString("utf8");
    expect(scanned.replace(/\n$/, "")).toBe(text);
    expect(decodeNativeQr(scanned)).toEqual(credential);
  });
});
