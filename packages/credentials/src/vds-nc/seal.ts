import canonicalize from "canonicalize";
import { assertWithinLimit, formatCount, MAX_SIGNATURE_CHARS, MAX_VDS_NC_CHARS } from "../limits.ts";

/** The seal types of the ICAO VDS-NC guidelines: proof of vaccination and proof of testing. */
export const VDS_NC_TYPES = ["icao.vacc", "icao.test"] as const;
export type VdsNcType = (typeof VDS_NC_TYPES)[number];

/** The signature algorithms the guidelines allow: ECDSA over P-256, P-384 or P-521 with the matching SHA-2. */
export const VDS_NC_ALGORITHMS = {
  ES256: { namedCurve: "P-256", hash: "SHA-256", bytes: 32 },
  ES384: { namedCurve: "P-384", hash: "SHA-384", bytes: 48 },
  ES512: { namedCurve: "P-521", hash: "SHA-512", bytes: 66 },
} as const;
export type VdsNcAlgorithm = keyof typeof VDS_NC_ALGORITHMS;

/** A seal whose envelope is well formed; its message is still unchecked (see message-schema.ts). */
export type VdsNcSeal = {
  type: VdsNcType;
  version: number;
  /** The issuing state, an ICAO Doc 9303-3 code such as "AUS". */
  issuingCountry: string;
  message: Record<string, unknown>;
  algorithm: VdsNcAlgorithm;
  /** The signer certificate as the seal carries it, base64url DER. */
  certificate: string;
  /** The signature value, base64url of the raw r‖s pair. */
  signature: string;
  /** What the signature covers: the UTF-8 bytes of the RFC 8785 canonical form of `data`. */
  signedText: string;
};

/** Thrown when the seal's envelope (header, signature block) is not as the guidelines define it. */
export class VdsNcFormatError extends Error {
  override name = "VdsNcFormatError";
}

/** A signer certificate in a seal is a few hundred bytes (Australia's, signed with RSA-4096, is 1,160 characters). */
export const MAX_VDS_NC_CERTIFICATE_CHARS = 4_096;

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const ICAO_STATE = /^[A-Z]{1,3}<{0,2}$/;

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** True when the value has the two parts of a VDS-NC seal (`data.hdr` and `sig`), so detection can route it here. */
export const looksLikeVdsNc = (value: Record<string, unknown>): boolean =>
  record(record(value.data)?.hdr) !== undefined && record(value.sig) !== undefined;

const header = (data: Record<string, unknown>): Pick<VdsNcSeal, "type" | "version" | "issuingCountry"> => {
  const hdr = record(data.hdr) ?? {};
  const type = hdr.t;
  if (typeof type !== "string" || !(VDS_NC_TYPES as readonly string[]).includes(type)) {
    throw new VdsNcFormatError(
      `The seal's type (hdr.t) is ${JSON.stringify(type) ?? "missing"}; this checker reads ${VDS_NC_TYPES.join(" and ")}.`,
    );
  }
  if (hdr.v !== 1) {
    throw new VdsNcFormatError(
      `The seal's version (hdr.v) is ${JSON.stringify(hdr.v) ?? "missing"}; only version 1 exists.`,
    );
  }
  if (typeof hdr.is !== "string" || !ICAO_STATE.test(hdr.is)) {
    throw new VdsNcFormatError("The seal's issuing country (hdr.is) is missing or not a three-letter ICAO code.");
  }
  return { type: type as VdsNcType, version: hdr.v, issuingCountry: hdr.is };
};

const base64url = (sig: Record<string, unknown>, key: "cer" | "sigvl", most: number, what: string): string => {
  const value = sig[key];
  if (typeof value !== "string" || value.length === 0)
    throw new VdsNcFormatError(`The seal has no ${what} (sig.${key}).`);
  if (value.length > most) {
    throw new VdsNcFormatError(
      `The seal's ${what} (sig.${key}) is ${formatCount(value.length)} characters, more than any real one (at most ${formatCount(most)}).`,
    );
  }
  if (!BASE64URL.test(value)) throw new VdsNcFormatError(`The seal's ${what} (sig.${key}) is not base64url.`);
  return value;
};

/**
 * Reads a seal's envelope: the header, the message object and the signature block, and the canonical text the
 * signature covers. Throws InputTooLargeError for a seal larger than any QR holds, VdsNcFormatError otherwise.
 */
export const readVdsNcSeal = (value: Record<string, unknown>): VdsNcSeal => {
  // The canonical form is what gets signed, so its length is the seal's true size whatever spacing it came with.
  const signedText = canonicalize(value.data) ?? "";
  assertWithinLimit("The seal", signedText.length, MAX_VDS_NC_CHARS, "characters");
  const data = record(value.data);
  const sig = record(value.sig);
  if (!data || !sig) throw new VdsNcFormatError("The seal needs a data object and a sig object.");
  const extra = Object.keys(value).filter((key) => key !== "data" && key !== "sig");
  if (extra.length > 0) throw new VdsNcFormatError(`The seal has fields outside data and sig: ${extra.join(", ")}.`);
  const message = record(data.msg);
  if (!message) throw new VdsNcFormatError("The seal has no message object (data.msg).");
  const algorithm = sig.alg;
  if (typeof algorithm !== "string" || !(algorithm in VDS_NC_ALGORITHMS)) {
    throw new VdsNcFormatError(
      `The seal's signature algorithm (sig.alg) is ${JSON.stringify(algorithm) ?? "missing"}; VDS-NC allows ES256, ES384 and ES512.`,
    );
  }
  return {
    ...header(data),
    message,
    algorithm: algorithm as VdsNcAlgorithm,
    certificate: base64url(sig, "cer", MAX_VDS_NC_CERTIFICATE_CHARS, "signer certificate"),
    signature: base64url(sig, "sigvl", MAX_SIGNATURE_CHARS, "signature value"),
    signedText,
  };
};
