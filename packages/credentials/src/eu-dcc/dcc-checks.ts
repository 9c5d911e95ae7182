import { COSE_ALGORITHMS, type CoseSign1, coseAlg, decodeCbor, mapsToObjects, sigStructure } from "./cose.ts";
import { type DccPayload, payloadCertificateType } from "./payload.ts";
import { type DccTrustStore, type TrustedDsc, verificationKey } from "./trust-store.ts";

/** The named checks of a DCC verification, in the order they run. */
export type DccCheckName =
  | "prefix"
  | "base45"
  | "zlib"
  | "cose"
  | "cwt"
  | "kid"
  | "signature"
  | "key usage"
  | "validity period"
  | "schema"
  | "value sets";

/** One check's outcome with a reason a checker can read. */
export type DccCheck = { name: DccCheckName; status: "passed" | "failed" | "skipped"; reason: string };

/** The result of `verifyDcc`: verified only when the signature passed and no check failed. */
export type DccVerification = {
  verified: boolean;
  format: "eu-dcc";
  /** CWT `iss`, the issuing country. */
  issuer?: string;
  subject?: { name: string; dateOfBirth: string };
  payload?: DccPayload;
  issuedAt?: Date;
  expiresAt?: Date;
  /** Hex kid the message names. */
  kid?: string;
  /** True when the certificate was refused for its size (a limit of limits.ts), not for being damaged. */
  tooLarge?: boolean;
  checks: DccCheck[];
};

/** Whom to trust and when "now" is; pass a prepared `trustStore` to verify many certificates fast. */
export type VerifyDccOptions = {
  trustedCertificates?: readonly (Uint8Array | string)[];
  trustStore?: DccTrustStore;
  now?: Date;
};

/** What the CWT claims hold once decoded. */
export type Claims = { iss?: unknown; iat?: unknown; exp?: unknown; payload: DccPayload };

/** Decodes the CWT claims and the DCC inside them; throws with a reason. */
export const decodeClaims = (bytes: Uint8Array): Claims => {
  const claims = decodeCbor(bytes);
  if (!(claims instanceof Map)) throw new Error("the signed payload is not a CWT claims map");
  const hcert = claims.get(-260);
  const dcc = hcert instanceof Map ? mapsToObjects(hcert.get(1)) : undefined;
  // A byte string or array here (as in broken encoders) is not a DCC, even though it is a JS object.
  if (!dcc || Object.getPrototypeOf(dcc) !== Object.prototype) {
    throw new Error("the CWT has no EU DCC (claim -260, key 1) inside");
  }
  return { iss: claims.get(1), iat: claims.get(6), exp: claims.get(4), payload: dcc as DccPayload };
};

/** Checks the COSE signature with one trusted DSC. */
export const verifySignature = async (message: CoseSign1, dsc: TrustedDsc): Promise<DccCheck> => {
  const alg = coseAlg(message);
  if (typeof alg !== "number" || !(alg in COSE_ALGORITHMS)) {
    return {
      name: "signature",
      status: "failed",
      reason: `The signature algorithm ${String(alg)} is not supported (ES256/384/512, PS256/384/512 are).`,
    };
  }
  const known = alg as keyof typeof COSE_ALGORITHMS;
  const { family, hash, name } = COSE_ALGORITHMS[known];
  try {
    const key = await verificationKey(dsc, known);
    const params =
      family === "ECDSA" ? { name: "ECDSA", hash } : { name: "RSA-PSS", saltLength: Number(hash.slice(4)) / 8 };
    const data = sigStructure(message.protectedBytes, message.payload) as Uint8Array<ArrayBuffer>;
    const ok = await crypto.subtle.verify(params, key, message.signature as Uint8Array<ArrayBuffer>, data);
    return ok
      ? {
          name: "signature",
          status: "passed",
          reason: `The ${name} signature matches the Document Signer Certificate.`,
        }
      : {
          name: "signature",
          status: "failed",
          reason: `The ${name} signature does not match: the certificate was altered or not signed by this issuer.`,
        };
  } catch (error) {
    return {
      name: "signature",
      status: "failed",
      reason: `The signature could not be checked: ${(error as Error).message}.`,
    };
  }
};

/** Checks iat and exp against now. */
export const checkValidity = (claims: Claims, now: Date): DccCheck => {
  const { iat, exp } = claims;
  const name = "validity period";
  if (typeof exp !== "number")
    return { name, status: "failed", reason: "The certificate has no expiry date (CWT exp)." };
  const nowSeconds = now.getTime() / 1000;
  if (typeof iat === "number" && iat > nowSeconds) {
    return {
      name,
      status: "failed",
      reason: `The certificate is issued in the future (${new Date(iat * 1000).toISOString()}), after ${now.toISOString()}.`,
    };
  }
  if (exp < nowSeconds)
    return { name, status: "failed", reason: `The certificate expired on ${new Date(exp * 1000).toISOString()}.` };
  return { name, status: "passed", reason: `Valid until ${new Date(exp * 1000).toISOString()}.` };
};

/** Checks the DSC's EKU allows the payload's certificate type. */
export const checkKeyUsage = (payload: DccPayload, dsc: TrustedDsc): DccCheck => {
  const type = payloadCertificateType(payload);
  const name = "key usage";
  if (!type)
    return {
      name,
      status: "failed",
      reason: "The certificate must hold exactly one vaccination, test or recovery group.",
    };
  if (!dsc.allowedTypes)
    return {
      name,
      status: "passed",
      reason: "The signer's certificate is not restricted to certain certificate types.",
    };
  return dsc.allowedTypes.includes(type)
    ? { name, status: "passed", reason: `The signer may sign ${type} certificates.` }
    : {
        name,
        status: "failed",
        reason: `The signer may only sign ${dsc.allowedTypes.join(", ")} certificates, not ${type} ones.`,
      };
};
