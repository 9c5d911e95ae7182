import { deflateSync } from "fflate";
import { encodeBase64Url } from "./base64url.ts";
import type { FhirBundle } from "./fhir-bundle.ts";
import { encodeShcQr, SHC_MAX_SINGLE_CHUNK_JWS } from "./numeric-qr.ts";
import type { ShcSigningKey } from "./shc-keys.ts";

/** The `vc.type` of a COVID-19 vaccination card. */
export const SHC_COVID19_IMMUNIZATION_TYPES = [
  "https://smarthealth.cards#health-card",
  "https://smarthealth.cards#immunization",
  "https://smarthealth.cards#covid19",
];

/** The JWS payload of a SMART Health Card. */
export type ShcPayload = {
  iss: string;
  nbf: number;
  vc: {
    type: string[];
    credentialSubject: { fhirVersion: string; fhirBundle: FhirBundle };
    rid?: string;
  };
  exp?: number;
};

/** What a SMART Health Card payload is built from. */
export type BuildShcPayloadOptions = {
  /** The issuer URL; its `/.well-known/jwks.json` holds the keys. */
  issuer: string;
  fhirBundle: FhirBundle;
  issuedAt: Date;
  expiresAt?: Date;
  /** Revocation id, listed in the issuer's CRL when the card is revoked. */
  rid?: string;
  types?: string[];
};

/** Builds the payload with keys in the order the spec examples use. */
export const buildShcPayload = (options: BuildShcPayloadOptions): ShcPayload => {
  const { issuer, fhirBundle, issuedAt, expiresAt, rid, types = SHC_COVID19_IMMUNIZATION_TYPES } = options;
  const payload: ShcPayload = {
    iss: issuer,
    nbf: issuedAt.getTime() / 1000,
    vc: { type: [...types], credentialSubject: { fhirVersion: "4.0.1", fhirBundle } },
  };
  if (rid) payload.vc.rid = rid;
  if (expiresAt) payload.exp = expiresAt.getTime() / 1000;
  return payload;
};

const encoder = new TextEncoder();

/** Signs a payload as the compact JWS (ES256, raw-DEFLATE payload, `zip: "DEF"`) a SMART Health Card is. */
export const signShcPayload = async (payload: ShcPayload, key: ShcSigningKey): Promise<string> => {
  const header = encodeBase64Url(encoder.encode(JSON.stringify({ zip: "DEF", alg: "ES256", kid: key.kid })));
  const body = encodeBase64Url(deflateSync(encoder.encode(JSON.stringify(payload)), { level: 9 }));
  const signingInput = `${header}.${body}`;
  // WebCrypto's ECDSA signature is already the raw r||s that JWS ES256 wants.
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    key.privateKey,
    encoder.encode(signingInput),
  );
  return `${signingInput}.${encodeBase64Url(new Uint8Array(signature))}`;
};

/** An issued SMART Health Card: the JWS, its `shc:/` QR text and the signed payload. */
export type IssuedShc = { jws: string; qr: string; payload: ShcPayload };

/** Issues a SMART Health Card; refuses one whose JWS would not fit a single QR chunk. */
export const issueShc = async (options: BuildShcPayloadOptions & { key: ShcSigningKey }): Promise<IssuedShc> => {
  const payload = buildShcPayload(options);
  const jws = await signShcPayload(payload, options.key);
  if (jws.length > SHC_MAX_SINGLE_CHUNK_JWS) {
    throw new Error(
      `SMART Health Card JWS is ${jws.length} characters, over the ${SHC_MAX_SINGLE_CHUNK_JWS} a single QR holds; ` +
        "issue fewer doses per card or shorten the names",
    );
  }
  return { jws, qr: encodeShcQr(jws), payload };
};
