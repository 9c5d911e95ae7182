import { assertWithinLimit, MAX_INPUT_CHARS } from "../limits.ts";

// Hand-rolled rather than Buffer so that the verifier runs unchanged in the browser.
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const lookup = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;
const codes = Uint8Array.from(alphabet, (c) => c.charCodeAt(0));
// Writing ASCII bytes and decoding once is several times faster than growing a string per character.
const ascii = new TextDecoder("latin1");

/** Encodes bytes as unpadded base64url (RFC 4648 §5), as JWS requires. */
export const encodeBase64Url = (bytes: Uint8Array): string => {
  const out = new Uint8Array(Math.ceil((bytes.length * 4) / 3));
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = codes[n >> 18] as number;
    out[o++] = codes[(n >> 12) & 63] as number;
    out[o++] = codes[(n >> 6) & 63] as number;
    out[o++] = codes[n & 63] as number;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = codes[n >> 18] as number;
    out[o++] = codes[(n >> 12) & 63] as number;
    if (rest === 2) out[o++] = codes[(n >> 6) & 63] as number;
  }
  return ascii.decode(out.subarray(0, o));
};

/**
 * Decodes unpadded base64url; throws on any character outside the alphabet or an impossible length, and an
 * InputTooLargeError for text longer than any certificate input (or `maxChars`), before allocating anything.
 */
export const decodeBase64Url = (text: string, maxChars = MAX_INPUT_CHARS): Uint8Array<ArrayBuffer> => {
  assertWithinLimit("The base64url text", text.length, maxChars, "characters");
  if (text.length % 4 === 1) throw new Error("base64url text has an impossible length");
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? (lookup[code] as number) : -1;
    if (v < 0) throw new Error(`invalid base64url character ${JSON.stringify(text[i])} at position ${i}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
};
