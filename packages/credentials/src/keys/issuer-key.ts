import { encodeBase64 } from "../divoc/encoding.ts";
import { createCsca, createDsc, type DccCertificateBundle, dscKid, parseCertificate } from "../eu-dcc/certificates.ts";
import {
  generateSigningKey,
  JWS_ALGORITHMS,
  type KeyAlgorithm,
  keyIdOf,
  type PublicJwk,
  publicMembers,
} from "./generate-signing-key.ts";

/**
 * What an issuer key is for: W3C credentials (Ed25519), SMART Health Cards (P-256), the EU DCC
 * Country Signing CA, or an EU DCC Document Signer certified by that CA.
 */
export type IssuerKeyKind = "VC" | "SHC" | "CSCA" | "EU_DCC";

/** A new issuer key: what is published, the private JWK to seal at rest and, for the DCC kinds, its certificate. */
export type IssuerKey = {
  kind: IssuerKeyKind;
  algorithm: KeyAlgorithm;
  /** VC: the Ed25519 multibase; SHC and CSCA: the RFC 7638 thumbprint; DSC: the DCC kid (base64 of 8 bytes). */
  kid: string;
  publicJwk: PublicJwk;
  privateJwk: JsonWebKey;
  certificatePem?: string;
};

/** The CSCA a Document Signer is certified by: its certificate and its private key. */
export type CertifyingCsca = { certificatePem: string; privateJwk: JsonWebKey };

/** Options of {@link generateIssuerKey}; country and issuer name go into the DCC certificates' subject. */
export type GenerateIssuerKeyOptions = {
  kind: IssuerKeyKind;
  country: string;
  issuerName: string;
  /** Required for a Document Signer: the tenant's active CSCA. */
  csca?: CertifyingCsca;
  now?: Date;
};

const EC_P256 = { name: "ECDSA", namedCurve: "P-256" } as const;

// X.509 names are at most 64 characters per attribute (RFC 5280 ub-common-name).
const commonName = (issuerName: string, role: string) => `${issuerName.slice(0, 64 - role.length - 1)} ${role}`;

const fromBundle = async (
  kind: IssuerKeyKind,
  bundle: DccCertificateBundle,
  kid: (publicJwk: JsonWebKey) => Promise<string>,
): Promise<IssuerKey> => {
  const { key_ops: _ops, ext: _ext, ...privateJwk } = await crypto.subtle.exportKey("jwk", bundle.keys.privateKey);
  const id = await kid(privateJwk);
  const publicJwk: PublicJwk = { ...publicMembers(privateJwk), kid: id, alg: JWS_ALGORITHMS.P256, use: "sig" };
  return { kind, algorithm: "P256", kid: id, publicJwk, privateJwk, certificatePem: bundle.pem };
};

// The DSC is made with the CSCA's own key pair, rebuilt from what is stored: its certificate and private JWK.
const cscaBundle = async ({ certificatePem, privateJwk }: CertifyingCsca): Promise<DccCertificateBundle> => {
  const certificate = parseCertificate(certificatePem);
  const { d: _d, ...publicJwk } = privateJwk;
  const [privateKey, publicKey] = await Promise.all([
    crypto.subtle.importKey("jwk", privateJwk, EC_P256, true, ["sign"]),
    crypto.subtle.importKey("jwk", publicJwk, EC_P256, true, ["verify"]),
  ]);
  return {
    keys: { privateKey, publicKey },
    certificate,
    der: new Uint8Array(certificate.rawData),
    pem: certificatePem,
  };
};

/**
 * Generates an issuer key of one kind. A CSCA is self-signed for four years; a Document Signer is
 * a two-year certificate signed by the given CSCA, allowed to sign vaccination certificates only.
 */
export const generateIssuerKey = async ({
  kind,
  country,
  issuerName,
  csca,
  now = new Date(),
}: GenerateIssuerKeyOptions): Promise<IssuerKey> => {
  if (kind === "VC" || kind === "SHC") {
    const key = await generateSigningKey({ algorithm: kind === "VC" ? "ED25519" : "P256" });
    return { kind, algorithm: key.algorithm, kid: key.kid, publicJwk: key.publicJwk, privateJwk: key.privateJwk };
  }
  if (kind === "CSCA") {
    const bundle = await createCsca({ country, commonName: commonName(issuerName, "CSCA"), notBefore: now });
    return fromBundle(kind, bundle, (jwk) => keyIdOf("P256", jwk));
  }
  if (!csca) throw new Error("A Document Signer Certificate needs the CSCA that certifies it.");
  const bundle = await createDsc({
    country,
    commonName: commonName(issuerName, "DSC"),
    csca: await cscaBundle(csca),
    notBefore: now,
  });
  return fromBundle(kind, bundle, async () => encodeBase64(await dscKid(bundle.der)));
};
