// @peculiar/x509 2.x loads tsyringe, which needs the Reflect metadata API before it is imported.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";

/** DCC certificate types a Document Signer may be restricted to through its extended key usage. */
export type DccCertificateType = "test" | "vaccination" | "recovery";

/** The EKU OIDs of the DCC spec per certificate type; the `.0.` variants appear in early certificates and still count. */
export const DCC_KEY_USAGE_OIDS: Record<DccCertificateType, readonly string[]> = {
  test: ["1.3.6.1.4.1.1847.2021.1.1", "1.3.6.1.4.1.0.1847.2021.1.1"],
  vaccination: ["1.3.6.1.4.1.1847.2021.1.2", "1.3.6.1.4.1.0.1847.2021.1.2"],
  recovery: ["1.3.6.1.4.1.1847.2021.1.3", "1.3.6.1.4.1.0.1847.2021.1.3"],
};

/** A generated key pair with its certificate in every form callers need. */
export type DccCertificateBundle = {
  keys: CryptoKeyPair;
  certificate: x509.X509Certificate;
  der: Uint8Array;
  pem: string;
};

/** Options shared by the CSCA and the Document Signer Certificate. */
export type CreateDccCertificateOptions = {
  /** ISO 3166 alpha-2 country code, put in the subject's C. */
  country: string;
  commonName: string;
  notBefore?: Date;
  notAfter?: Date;
};

const EC_P256 = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGNING = { name: "ECDSA", hash: "SHA-256" } as const;
const DAY_MS = 86_400_000;

const bundle = (keys: CryptoKeyPair, certificate: x509.X509Certificate): DccCertificateBundle => ({
  keys,
  certificate,
  der: new Uint8Array(certificate.rawData),
  pem: certificate.toString("pem"),
});

const subjectName = ({ country, commonName }: CreateDccCertificateOptions) =>
  [{ C: [country] }, { CN: [commonName] }] as x509.JsonName;

/** Creates a self-signed P-256 Country Signing CA certificate, the trust anchor for our Document Signers. */
export const createCsca = async (options: CreateDccCertificateOptions): Promise<DccCertificateBundle> => {
  const keys = (await crypto.subtle.generateKey(EC_P256, true, ["sign", "verify"])) as CryptoKeyPair;
  const notBefore = options.notBefore ?? new Date();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    name: subjectName(options),
    keys,
    notBefore,
    notAfter: options.notAfter ?? new Date(notBefore.getTime() + 4 * 365 * DAY_MS),
    signingAlgorithm: SIGNING,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return bundle(keys, certificate);
};

/** Options for a Document Signer Certificate: which CSCA signs it and which DCC types it may sign. */
export type CreateDscOptions = CreateDccCertificateOptions & {
  csca: DccCertificateBundle;
  /** DCC types to name in the EKU; default vaccination only. */
  certificateTypes?: DccCertificateType[];
};

/** Creates a P-256 Document Signer Certificate signed by the CSCA, with the DCC EKU OIDs for the given types. */
export const createDsc = async (options: CreateDscOptions): Promise<DccCertificateBundle> => {
  const keys = (await crypto.subtle.generateKey(EC_P256, true, ["sign", "verify"])) as CryptoKeyPair;
  const notBefore = options.notBefore ?? new Date();
  const types = options.certificateTypes ?? ["vaccination"];
  const certificate = await x509.X509CertificateGenerator.create({
    subject: subjectName(options),
    issuer: options.csca.certificate.subjectName,
    publicKey: keys.publicKey,
    signingKey: options.csca.keys.privateKey,
    notBefore,
    notAfter: options.notAfter ?? new Date(notBefore.getTime() + 2 * 365 * DAY_MS),
    signingAlgorithm: SIGNING,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(
        types.map((type) => DCC_KEY_USAGE_OIDS[type][0] as string),
        false,
      ),
      await x509.AuthorityKeyIdentifierExtension.create(options.csca.keys.publicKey),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return bundle(keys, certificate);
};

/** Reads a certificate given as DER bytes, PEM text or base64 DER (the trust-list forms). */
export const parseCertificate = (input: Uint8Array | string): x509.X509Certificate => {
  if (typeof input !== "string") return new x509.X509Certificate(input as Uint8Array<ArrayBuffer>);
  const text = input.trim();
  if (text.startsWith("-----BEGIN")) return new x509.X509Certificate(text);
  return new x509.X509Certificate(Uint8Array.from(atob(text.replace(/\s+/g, "")), (c) => c.charCodeAt(0)));
};

/** The DCC kid of a Document Signer Certificate: the first 8 bytes of SHA-256 over its DER. */
export const dscKid = async (der: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await crypto.subtle.digest("SHA-256", der as Uint8Array<ArrayBuffer>)).slice(0, 8);

/** DCC types the certificate's EKU allows, or undefined when it names none (then every type is allowed). */
export const allowedCertificateTypes = (certificate: x509.X509Certificate): DccCertificateType[] | undefined => {
  const eku = certificate.getExtension(x509.ExtendedKeyUsageExtension);
  const usages = new Set((eku?.usages ?? []).map(String));
  const allowed = (Object.keys(DCC_KEY_USAGE_OIDS) as DccCertificateType[]).filter((type) =>
    DCC_KEY_USAGE_OIDS[type].some((oid) => usages.has(oid)),
  );
  return allowed.length > 0 ? allowed : undefined;
};
