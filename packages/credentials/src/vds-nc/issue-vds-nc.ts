// @peculiar/x509 2.x loads tsyringe, which needs the Reflect metadata API before it is imported.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import canonicalize from "canonicalize";
import { encodeBase64Url } from "../divoc/encoding.ts";
import { VDS_NC_ALGORITHMS, type VdsNcAlgorithm, type VdsNcType } from "./seal.ts";
import { DOCUMENT_TYPE_LIST_OID, VDS_NC_SIGNER_EKU } from "./signer.ts";

/** A key pair with its certificate, as the issuing side holds it. */
export type VdsNcKeyHolder = { keys: CryptoKeyPair; certificate: x509.X509Certificate; pem: string };

/** Where a certificate lives: its country (alpha-2, the C attribute), name and validity. */
export type VdsNcCertificateOptions = { country: string; commonName: string; notBefore: Date; notAfter: Date };

const DAY_MS = 86_400_000;
const CURVE_OF = (algorithm: VdsNcAlgorithm) => ({
  name: "ECDSA",
  namedCurve: VDS_NC_ALGORITHMS[algorithm].namedCurve,
});
const nameOf = ({ country, commonName }: { country: string; commonName: string }): x509.JsonName => [
  { C: [country] },
  { CN: [commonName] },
];
const serial = (date: Date) => date.getTime().toString(16).padStart(12, "0");

const holder = (keys: CryptoKeyPair, certificate: x509.X509Certificate): VdsNcKeyHolder => ({
  keys,
  certificate,
  pem: certificate.toString("pem"),
});

/** Makes a self-signed P-256 country signing CA, the trust anchor a verifier's trust list names in `cscas`. */
export const createVdsNcCsca = async (options: VdsNcCertificateOptions): Promise<VdsNcKeyHolder> => {
  const keys = (await crypto.subtle.generateKey(CURVE_OF("ES256"), true, ["sign", "verify"])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(options.notBefore),
    name: nameOf(options),
    keys,
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    signingAlgorithm: { name: "ECDSA", hash: "SHA-256" },
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return holder(keys, certificate);
};

/** Options of a barcode signer: its CSCA, curve (by seal algorithm) and extended key usages (default VDS-NC's). */
export type VdsNcSignerOptions = Partial<VdsNcCertificateOptions> & {
  csca: VdsNcKeyHolder;
  algorithm?: VdsNcAlgorithm;
  extendedKeyUsages?: string[];
  /** The document types its document type list names, e.g. ["NV"]; without it the certificate has no such list. */
  documentTypes?: string[];
};

// DocumentTypeListSyntax ::= SEQUENCE { version INTEGER (0), docTypeList SET OF PrintableString }, short-form DER.
const documentTypeList = (types: string[]): x509.Extension => {
  const strings = types.flatMap((type) => [0x13, type.length, ...Array.from(type, (char) => char.charCodeAt(0))]);
  const set = [0x31, strings.length, ...strings];
  const body = [0x02, 0x01, 0x00, ...set];
  return new x509.Extension(DOCUMENT_TYPE_LIST_OID, false, new Uint8Array([0x30, body.length, ...body]));
};

/** Makes a barcode signer certificate issued by the CSCA, by default valid a year and of the CSCA's country. */
export const createVdsNcSigner = async (options: VdsNcSignerOptions): Promise<VdsNcKeyHolder> => {
  const keys = (await crypto.subtle.generateKey(CURVE_OF(options.algorithm ?? "ES256"), true, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const notBefore = options.notBefore ?? options.csca.certificate.notBefore;
  const country = options.country ?? options.csca.certificate.subjectName.getField("C")[0] ?? "";
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serial(new Date(notBefore.getTime() + 1)),
    subject: nameOf({ country, commonName: options.commonName ?? "VDS-NC signer" }),
    issuer: options.csca.certificate.subjectName,
    publicKey: keys.publicKey,
    signingKey: options.csca.keys.privateKey,
    notBefore,
    notAfter: options.notAfter ?? new Date(notBefore.getTime() + 365 * DAY_MS),
    signingAlgorithm: { name: "ECDSA", hash: "SHA-256" },
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(options.extendedKeyUsages ?? [VDS_NC_SIGNER_EKU], true),
      await x509.AuthorityKeyIdentifierExtension.create(options.csca.keys.publicKey),
      ...(options.documentTypes ? [documentTypeList(options.documentTypes)] : []),
    ],
  });
  return holder(keys, certificate);
};

/** What to seal: the type, the issuing state (ICAO alpha-3), the message and the signer. */
export type IssueVdsNcOptions = {
  type: VdsNcType;
  issuingCountry: string;
  message: Record<string, unknown>;
  signer: VdsNcKeyHolder;
  algorithm?: VdsNcAlgorithm;
};

/**
 * Seals a message as the ICAO VDS-NC guidelines define: ECDSA over the RFC 8785 canonical JSON of `data`, the
 * raw r‖s signature and the signer's DER certificate in base64url. Answers the seal object; its JSON is the QR text.
 */
export const issueVdsNc = async (options: IssueVdsNcOptions): Promise<Record<string, unknown>> => {
  const algorithm = options.algorithm ?? "ES256";
  const data = { hdr: { t: options.type, v: 1, is: options.issuingCountry }, msg: options.message };
  const signed = new TextEncoder().encode(canonicalize(data));
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: VDS_NC_ALGORITHMS[algorithm].hash },
    options.signer.keys.privateKey,
    signed,
  );
  return {
    data,
    sig: {
      alg: algorithm,
      cer: encodeBase64Url(new Uint8Array(options.signer.certificate.rawData)),
      sigvl: encodeBase64Url(new Uint8Array(signature)),
    },
  };
};
