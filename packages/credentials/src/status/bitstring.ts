import { gzipSync } from "fflate";
import { gunzip } from "../codecs/zlib.ts";
import { InputTooLargeError, MAX_STATUS_LIST_BYTES } from "../limits.ts";

/** A status bitstring: bit `index` of the list is bit `7 - index % 8` of byte `index / 8` (spec order). */
export type StatusList = { readonly size: number; readonly bytes: Uint8Array };

/** The smallest list the spec allows: 16KB, so that one set bit does not single out a holder. */
export const MIN_STATUS_LIST_SIZE = 131_072;

/** Thrown when a status list cannot be created, read or addressed; the message says what is valid. */
export class StatusListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StatusListError";
  }
}

/** Creates an all-clear status list of `size` bits (at least 131,072, a multiple of 8). */
export const createStatusList = ({ size = MIN_STATUS_LIST_SIZE }: { size?: number } = {}): StatusList => {
  if (!Number.isSafeInteger(size) || size < MIN_STATUS_LIST_SIZE || size % 8 !== 0) {
    throw new StatusListError(
      `A status list must have a whole number of bytes and at least ${MIN_STATUS_LIST_SIZE} bits; got ${size}.`,
    );
  }
  return { size, bytes: new Uint8Array(size / 8) };
};

const checkIndex = (list: StatusList, index: number): void => {
  if (!Number.isSafeInteger(index) || index < 0 || index >= list.size) {
    throw new StatusListError(`Status list index ${index} is out of range: valid indexes are 0 to ${list.size - 1}.`);
  }
};

/** Sets (true) or clears (false) the status bit at `index`, in place. */
export const setStatus = (list: StatusList, index: number, status: boolean): void => {
  checkIndex(list, index);
  const mask = 0x80 >> (index % 8);
  const byte = Math.floor(index / 8);
  list.bytes[byte] = status ? (list.bytes[byte] ?? 0) | mask : (list.bytes[byte] ?? 0) & ~mask;
};

/** Reads the status bit at `index`: true when set (revoked or suspended). */
export const getStatus = (list: StatusList, index: number): boolean => {
  checkIndex(list, index);
  return ((list.bytes[Math.floor(index / 8)] ?? 0) & (0x80 >> (index % 8))) !== 0;
};

// btoa/atob rather than Buffer: the verify side runs in the browser too.
const CHUNK = 0x8000;
const toBase64Url = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const fromBase64Url = (text: string): Uint8Array => {
  // Deployed StatusList2021 lists vary: some use the standard alphabet or keep the padding.
  const normalised = text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (!/^[A-Za-z0-9+/]*$/.test(normalised) || normalised.length % 4 === 1) {
    throw new StatusListError("The encoded status list is not base64url text.");
  }
  const binary = atob(normalised.padEnd(Math.ceil(normalised.length / 4) * 4, "="));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** Encodes a list as the spec's `encodedList`: multibase base64url (prefix "u", no padding) of its GZIP. */
export const encodeStatusList = (list: StatusList): string => `u${toBase64Url(gzipSync(list.bytes, { mtime: 0 }))}`;

/**
 * Decodes an `encodedList` (with or without the "u" prefix); refuses lists under 16KB uncompressed, and with an
 * InputTooLargeError lists that inflate past the limit.
 */
export const decodeStatusList = (encoded: string): StatusList => {
  // GZIP's magic bytes make unprefixed base64 start with "H", so a leading "u" is always the multibase prefix.
  const text = encoded.startsWith("u") ? encoded.slice(1) : encoded;
  let bytes: Uint8Array;
  try {
    bytes = gunzip(fromBase64Url(text), { maxBytes: MAX_STATUS_LIST_BYTES, what: "The encoded status list" });
  } catch (error) {
    if (error instanceof StatusListError || error instanceof InputTooLargeError) throw error;
    throw new StatusListError("The encoded status list is not GZIP data.");
  }
  if (bytes.length * 8 < MIN_STATUS_LIST_SIZE) {
    throw new StatusListError(
      `The status list holds ${bytes.length * 8} entries; the spec requires at least ${MIN_STATUS_LIST_SIZE} (16KB).`,
    );
  }
  return { size: bytes.length * 8, bytes };
};
