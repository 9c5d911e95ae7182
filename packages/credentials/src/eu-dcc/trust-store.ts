import type { X509Certificate } from "@peculiar/x509";
import { allowedCertificateTypes, type DccCertificateType, dscKid, parseCertificate } from "./certificates.ts";
import { COSE_ALGORITHMS } from "./cose.ts";

/** A trusted Document Signer Certificate with what verification needs precomputed. */
export type TrustedDsc = {
  certificate: X509Certificate;
  kid: Uint8Array;
  /** DCC types its EKU allows; undefined means any type. */
  allowedTypes: DccCertificateType[] | undefined;
  keys: Map<number, Promise<CryptoKey>>;
};

/** Trusted DSCs by hex kid, built once and reused across verifications. */
export type DccTrustStore = {
  byKid: Map<string, TrustedDsc[]>;
  /** Reasons for entries that could not be read as certificates, so a verifier can say why a kid is missing. */
  unreadable: string[];
};

/** Lower-case hex of bytes, for kid lookups and messages. */
export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/** Builds a trust store from DSCs given as DER bytes, PEM or base64 DER; unreadable entries are noted, never thrown. */
export const createDccTrustStore = async (certificates: readonly (Uint8Array | string)[]): Promise<DccTrustStore> => {
  const store: DccTrustStore = { byKid: new Map(), unreadable: [] };
  for (const [index, input] of certificates.entries()) {
    try {
      const certificate = parseCertificate(input);
      const kid = await dscKid(new Uint8Array(certificate.rawData));
      const entry: TrustedDsc = {
        certificate,
        kid,
        allowedTypes: allowedCertificateTypes(certificate),
        keys: new Map(),
      };
      const key = toHex(kid);
      store.byKid.set(key, [...(store.byKid.get(key) ?? []), entry]);
    } catch (error) {
      store.unreadable.push(
        `trusted certificate ${index + 1} is not a readable X.509 certificate (${(error as Error).message})`,
      );
    }
  }
  return store;
};

/** Imports the DSC's public key for a COSE algorithm, once per certificate and algorithm. */
export const verificationKey = (dsc: TrustedDsc, alg: keyof typeof COSE_ALGORITHMS): Promise<CryptoKey> => {
  const cached = dsc.keys.get(alg);
  if (cached) return cached;
  const { family, hash } = COSE_ALGORITHMS[alg];
  const publicKey = dsc.certificate.publicKey;
  const algorithm =
    family === "ECDSA"
      ? { name: "ECDSA", namedCurve: (publicKey.algorithm as EcKeyAlgorithm).namedCurve }
      : { name: "RSA-PSS", hash };
  if (publicKey.algorithm.name !== family && !(family === "RSA-PSS" && publicKey.algorithm.name.startsWith("RSA"))) {
    return Promise.reject(
      new Error(`the certificate holds a ${publicKey.algorithm.name} key, not one for ${COSE_ALGORITHMS[alg].name}`),
    );
  }
  const key = crypto.subtle.importKey("spki", publicKey.rawData, algorithm, false, ["verify"]);
  dsc.keys.set(alg, key);
  return key;
};
