import { decode, encode } from "cborg";
import { InputTooLargeError } from "../limits.ts";
import { assertCborWithinLimits } from "./cbor-limits.ts";

/** COSE algorithm identifiers (RFC 9053) that DCC issuers use, with their WebCrypto parameters. */
export const COSE_ALGORITHMS = {
  [-7]: { name: "ES256", hash: "SHA-256", family: "ECDSA" },
  [-35]: { name: "ES384", hash: "SHA-384", family: "ECDSA" },
  [-36]: { name: "ES512", hash: "SHA-512", family: "ECDSA" },
  [-37]: { name: "PS256", hash: "SHA-256", family: "RSA-PSS" },
  [-38]: { name: "PS384", hash: "SHA-384", family: "RSA-PSS" },
  [-39]: { name: "PS512", hash: "SHA-512", family: "RSA-PSS" },
} as const;

/** A decoded COSE_Sign1 message, keeping the protected header bytes as signed. */
export type CoseSign1 = {
  protectedBytes: Uint8Array;
  protectedHeader: Map<unknown, unknown>;
  unprotectedHeader: Map<unknown, unknown>;
  payload: Uint8Array;
  signature: Uint8Array;
};

const HEADER_ALG = 1;
const HEADER_KID = 4;
const COSE_SIGN1_TAG = 0xd2;

// Tags 18 (COSE_Sign1) and 61 (CWT) only wrap the message; unwrapping keeps one decode path for tagged and bare input.
const DECODE_OPTIONS = { useMaps: true, tags: { 18: (d: () => unknown) => d(), 61: (d: () => unknown) => d() } };

/**
 * Decodes CBOR with integer map keys kept as Map keys; refuses with an InputTooLargeError data over the CBOR
 * limits (bytes, claimed lengths, item count, depth) before decoding any of it.
 */
export const decodeCbor = (bytes: Uint8Array): unknown => {
  assertCborWithinLimits(bytes);
  return decode(bytes, DECODE_OPTIONS as never);
};

/** Turns decoded Maps whose keys are all strings into plain objects, recursively, as JSON would have them. */
export const mapsToObjects = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(mapsToObjects);
  if (value instanceof Map) {
    if (![...value.keys()].every((key) => typeof key === "string")) {
      return new Map([...value].map(([key, inner]) => [key, mapsToObjects(inner)]));
    }
    return Object.fromEntries([...value].map(([key, inner]) => [key, mapsToObjects(inner)]));
  }
  return value;
};

const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

/**
 * Parses COSE_Sign1 bytes (tagged or not, optionally inside a CWT tag); throws with a reason on a wrong structure,
 * an InputTooLargeError on data over the CBOR limits.
 */
export const decodeCoseSign1 = (bytes: Uint8Array): CoseSign1 => {
  let message: unknown;
  try {
    message = decodeCbor(bytes);
  } catch (error) {
    if (error instanceof InputTooLargeError) throw error;
    throw new Error(`the data is not valid CBOR (${(error as Error).message})`);
  }
  if (!Array.isArray(message) || message.length !== 4) {
    throw new Error("the CBOR is not a COSE_Sign1 message (expected an array of 4 items)");
  }
  const [protectedBytes, unprotectedHeader, payload, signature] = message;
  if (!isBytes(protectedBytes) || !isBytes(payload) || !isBytes(signature)) {
    throw new Error("the COSE_Sign1 protected header, payload and signature must be byte strings");
  }
  if (!(unprotectedHeader instanceof Map)) throw new Error("the COSE_Sign1 unprotected header is not a map");
  const protectedHeader = protectedBytes.length === 0 ? new Map() : decodeCbor(protectedBytes);
  if (!(protectedHeader instanceof Map)) throw new Error("the COSE_Sign1 protected header is not a map");
  return { protectedBytes, protectedHeader, unprotectedHeader, payload, signature };
};

/** The kid to look the signer up by: the protected header wins, as the DCC spec requires. */
export const coseKid = (message: CoseSign1): Uint8Array | undefined => {
  const kid = message.protectedHeader.get(HEADER_KID) ?? message.unprotectedHeader.get(HEADER_KID);
  return isBytes(kid) ? kid : undefined;
};

/** The COSE alg number from the protected header (or, failing that, the unprotected one). */
export const coseAlg = (message: CoseSign1): unknown =>
  message.protectedHeader.get(HEADER_ALG) ?? message.unprotectedHeader.get(HEADER_ALG);

/** The Sig_structure bytes (RFC 9052 §4.4) that a COSE_Sign1 signature covers. */
export const sigStructure = (protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array =>
  encode(["Signature1", protectedBytes, new Uint8Array(), payload]);

/** The protected header for an ES256 signature with the signer's kid. */
export const es256ProtectedHeader = (kid: Uint8Array): Uint8Array =>
  encode(
    new Map<number, number | Uint8Array>([
      [HEADER_ALG, -7],
      [HEADER_KID, kid],
    ]),
  );

/** Serialises a tagged COSE_Sign1 with an empty unprotected header. */
export const encodeCoseSign1 = (protectedBytes: Uint8Array, payload: Uint8Array, signature: Uint8Array): Uint8Array => {
  const body = encode([protectedBytes, new Map(), payload, signature]);
  const out = new Uint8Array(body.length + 1);
  out[0] = COSE_SIGN1_TAG;
  out.set(body, 1);
  return out;
};
