// @peculiar/x509 2.x loads tsyringe, which needs the Reflect metadata API before it is imported.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { decodeBase64, encodeBase64 } from "../divoc/encoding.ts";
import { dscKid, parseCertificate } from "../eu-dcc/certificates.ts";

/** The extended key usage a VDS-NC barcode signer certificate must carry (ICAO VDS-NC guidelines, signer profile). */
export const VDS_NC_SIGNER_EKU = "2.23.136.1.1.14.2";

/** A signer certificate read from a seal's `sig.cer`, with the identifier the trust list may revoke it under. */
export type VdsNcSigner = {
  certificate: x509.X509Certificate;
  /** As for an EU DCC signer: base64 of the first 8 bytes of SHA-256 over the certificate's DER. */
  kid: string;
  /** The alpha-2 country of the certificate's subject (C), if it names one. */
  country?: string;
};

const countryOf = (name: x509.Name): string | undefined => name.getField("C")[0];

/** Reads the signer certificate a seal carries (base64url DER); throws when it is not an X.509 certificate. */
export const readVdsNcSigner = async (cer: string): Promise<VdsNcSigner> => {
  let certificate: x509.X509Certificate;
  try {
    certificate = new x509.X509Certificate(decodeBase64(cer));
  } catch {
    throw new Error("The seal's signer certificate (sig.cer) is not a readable X.509 certificate.");
  }
  const kid = encodeBase64(await dscKid(new Uint8Array(certificate.rawData)));
  return { certificate, kid, country: countryOf(certificate.subjectName) };
};

/** The ICAO document type list extension (Doc 9303-12): the document types a signer may sign. */
export const DOCUMENT_TYPE_LIST_OID = "2.23.136.1.1.6.2";
/** The document type of each seal type: "NV" a proof of vaccination, "NT" a proof of testing. */
export const VDS_NC_DOCUMENT_TYPES = { "icao.vacc": "NV", "icao.test": "NT" } as const;

// DER lengths here are short form: the list is a handful of two-letter codes.
const derChildren = (bytes: Uint8Array): { tag: number; value: Uint8Array }[] => {
  const children: { tag: number; value: Uint8Array }[] = [];
  for (let at = 0; at < bytes.length; ) {
    const tag = bytes[at] ?? 0;
    const length = bytes[at + 1] ?? 0x80;
    if (length >= 0x80 || at + 2 + length > bytes.length) throw new Error("not a short DER element");
    children.push({ tag, value: bytes.subarray(at + 2, at + 2 + length) });
    at += 2 + length;
  }
  return children;
};

/**
 * The document types the certificate's document type list names (DocumentTypeListSyntax: SEQUENCE { version,
 * SET OF PrintableString }), undefined when it has none; throws when the extension cannot be read.
 */
export const documentTypesOf = (certificate: x509.X509Certificate): string[] | undefined => {
  const extension = certificate.getExtension(DOCUMENT_TYPE_LIST_OID);
  if (!extension) return undefined;
  const [sequence] = derChildren(new Uint8Array(extension.value));
  const set = sequence?.tag === 0x30 ? derChildren(sequence.value).find((child) => child.tag === 0x31) : undefined;
  if (!set) throw new Error("The signer certificate's document type list cannot be read.");
  return derChildren(set.value)
    .filter((child) => child.tag === 0x13)
    .map((child) => String.fromCharCode(...child.value));
};

/** Why the signer certificate may not sign VDS-NC seals of this type, or undefined when its key usage allows it. */
export const signerUsageProblem = (
  certificate: x509.X509Certificate,
  type: keyof typeof VDS_NC_DOCUMENT_TYPES,
): string | undefined => {
  const eku = certificate.getExtension(x509.ExtendedKeyUsageExtension);
  if (!eku?.usages.map(String).includes(VDS_NC_SIGNER_EKU)) {
    return `The signer certificate is not a VDS-NC signer: its extended key usage lacks ${VDS_NC_SIGNER_EKU}.`;
  }
  const usage = certificate.getExtension(x509.KeyUsagesExtension);
  if (usage && (usage.usages & x509.KeyUsageFlags.digitalSignature) === 0) {
    return "The signer certificate's key usage does not allow digital signatures.";
  }
  let documentTypes: string[] | undefined;
  try {
    documentTypes = documentTypesOf(certificate);
  } catch (error) {
    return (error as Error).message;
  }
  const needed = VDS_NC_DOCUMENT_TYPES[type];
  if (documentTypes && !documentTypes.includes(needed)) {
    return `The signer certificate may sign documents of type ${documentTypes.join(", ") || "none"}, not ${needed} (${type}).`;
  }
  return undefined;
};

/** Why the certificate is not valid at `now`, or undefined when it is. */
export const certificateValidityProblem = (
  certificate: x509.X509Certificate,
  now: Date,
  what: string,
): string | undefined => {
  if (now < certificate.notBefore) return `The ${what} is not valid before ${certificate.notBefore.toISOString()}.`;
  if (now > certificate.notAfter) return `The ${what} expired on ${certificate.notAfter.toISOString()}.`;
  return undefined;
};

/** A trusted country signing CA, parsed from a trust entry's `cscas` (PEM or base64 DER). */
export type ParsedCsca = { certificate: x509.X509Certificate; country?: string };

/** Parses a trust entry's CSCAs; an unreadable one is left out, with its reason. */
export const parseCscas = (cscas: readonly unknown[]): { cscas: ParsedCsca[]; unreadable: string[] } => {
  const parsed: ParsedCsca[] = [];
  const unreadable: string[] = [];
  for (const [index, text] of cscas.entries()) {
    try {
      if (typeof text !== "string") throw new Error("not text");
      const certificate = parseCertificate(text);
      parsed.push({ certificate, country: countryOf(certificate.subjectName) });
    } catch {
      unreadable.push(`CSCA ${index + 1} is not a readable certificate`);
    }
  }
  return { cscas: parsed, unreadable };
};

/**
 * True when the CSCA issued the signer certificate: the signer's issuer is the CSCA's subject and the CSCA's key
 * verifies the signer certificate's signature.
 */
export const issuedBy = async (signer: x509.X509Certificate, csca: x509.X509Certificate): Promise<boolean> => {
  if (signer.issuer !== csca.subject) return false;
  try {
    return await signer.verify({ publicKey: csca, signatureOnly: true });
  } catch {
    return false;
  }
};
