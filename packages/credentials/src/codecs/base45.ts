import { assertWithinLimit, MAX_QR_TEXT_CHARS } from "../limits.ts";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

// A char-code lookup table keeps decoding linear without a Map lookup per character.
const DECODE_TABLE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Encodes bytes as base45 text (RFC 9285), the alphanumeric-QR-friendly alphabet used by HC1: and PixelPass. */
export const encodeBase45 = (bytes: Uint8Array): string => {
  const out: string[] = [];
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    let n = (bytes[i] as number) * 256 + (bytes[i + 1] as number);
    const c = n % 45;
    n = (n - c) / 45;
    const d = n % 45;
    const e = (n - d) / 45;
    out.push(ALPHABET[c] as string, ALPHABET[d] as string, ALPHABET[e] as string);
  }
  if (i < bytes.length) {
    const n = bytes[i] as number;
    out.push(ALPHABET[n % 45] as string, ALPHABET[Math.floor(n / 45)] as string);
  }
  return out.join("");
};

const valueAt = (text: string, index: number): number => {
  const code = text.charCodeAt(index);
  const value = code < 128 ? (DECODE_TABLE[code] as number) : -1;
  if (value < 0) {
    throw new Error(
      `Invalid base45: character ${JSON.stringify(text[index])} at position ${index} is not in the base45 alphabet (0-9, A-Z, space, $%*+-./:)`,
    );
  }
  return value;
};

/**
 * Decodes base45 text (RFC 9285) to bytes; throws an Error naming the bad character or group, and an
 * InputTooLargeError for text longer than a QR code holds (or `maxChars`), before allocating anything.
 */
export const decodeBase45 = (text: string, maxChars = MAX_QR_TEXT_CHARS): Uint8Array => {
  assertWithinLimit("The base45 text", text.length, maxChars, "characters");
  if (text.length % 3 === 1) {
    throw new Error(
      `Invalid base45: length ${text.length} leaves a single trailing character; base45 comes in groups of 3 (or 2 at the end)`,
    );
  }
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 2 < text.length; i += 3) {
    const n = valueAt(text, i) + valueAt(text, i + 1) * 45 + valueAt(text, i + 2) * 2025;
    if (n > 0xffff) {
      throw new Error(`Invalid base45: group ${JSON.stringify(text.slice(i, i + 3))} at position ${i} exceeds 65535`);
    }
    out[o++] = n >> 8;
    out[o++] = n & 0xff;
  }
  if (i < text.length) {
    const n = valueAt(text, i) + valueAt(text, i + 1) * 45;
    if (n > 0xff) {
      throw new Error(`Invalid base45: final group ${JSON.stringify(text.slice(i))} at position ${i} exceeds 255`);
    }
    out[o] = n;
  }
  return out;
};
