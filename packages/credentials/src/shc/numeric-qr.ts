import { assertWithinLimit, MAX_QR_TEXT_CHARS } from "../limits.ts";

/** The largest JWS that fits one `shc:/` QR chunk (version 22, ECC L), per the SMART Health Cards spec. */
export const SHC_MAX_SINGLE_CHUNK_JWS = 1195;

const prefix = "shc:/";
// Lowest base64url character is "-" (45), highest "z" (122): every character fits two digits.
const offset = 45;
const ascii = new TextDecoder("latin1");

/** Encodes a compact JWS as the single-chunk numeric `shc:/` QR text; refuses a JWS too long for one chunk. */
export const encodeShcQr = (jws: string): string => {
  if (jws.length > SHC_MAX_SINGLE_CHUNK_JWS) {
    throw new Error(
      `JWS is ${jws.length} characters; a single SMART Health Card QR holds at most ${SHC_MAX_SINGLE_CHUNK_JWS}`,
    );
  }
  const out = new Uint8Array(jws.length * 2);
  for (let i = 0; i < jws.length; i++) {
    const n = jws.charCodeAt(i) - offset;
    if (n < 0 || n > 77) throw new Error(`character ${JSON.stringify(jws[i])} cannot appear in a compact JWS`);
    out[2 * i] = 48 + Math.floor(n / 10);
    out[2 * i + 1] = 48 + (n % 10);
  }
  // Building ASCII bytes then decoding once avoids a string allocation per character on the signing hot path.
  return prefix + ascii.decode(out);
};

type Chunk = { index: number; total: number; digits: string };

const parseChunk = (text: string): Chunk => {
  const trimmed = text.trim();
  if (!trimmed.toLowerCase().startsWith(prefix)) throw new Error("QR text does not start with shc:/");
  const body = trimmed.slice(prefix.length);
  const chunked = /^(\d+)\/(\d+)\/(\d*)$/.exec(body);
  if (chunked) return { index: Number(chunked[1]), total: Number(chunked[2]), digits: chunked[3] as string };
  return { index: 1, total: 1, digits: body };
};

const digitsToJws = (digits: string): string => {
  if (!/^\d*$/.test(digits)) throw new Error("shc:/ QR content must be digits only");
  if (digits.length % 2 !== 0) throw new Error("shc:/ QR content has an odd number of digits");
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < digits.length; i += 2) {
    const n = (digits.charCodeAt(i) - 48) * 10 + digits.charCodeAt(i + 1) - 48;
    if (n > 77) throw new Error(`digit pair ${digits.slice(i, i + 2)} at position ${i} is out of range (00–77)`);
    out[i / 2] = n + offset;
  }
  return ascii.decode(out);
};

/**
 * Decodes one or more `shc:/` QR texts back to the compact JWS. Chunks (`shc:/i/n/...`) may come in
 * any order, as a phone scans them; a missing, duplicated or inconsistent chunk is a clear error, and text
 * longer than QR codes hold an InputTooLargeError.
 */
export const decodeShcQr = (input: string | readonly string[]): string => {
  const texts = typeof input === "string" ? input.split(/\s+/).filter((t) => t.length > 0) : input;
  if (texts.length === 0) throw new Error("no shc:/ QR text given");
  const length = texts.reduce((sum, text) => sum + (typeof text === "string" ? text.length : 0), 0);
  assertWithinLimit("The shc:/ QR text", length, MAX_QR_TEXT_CHARS, "characters");
  const chunks = texts.map(parseChunk);
  const total = (chunks[0] as Chunk).total;
  if (total < 1) throw new Error("shc:/ chunk count must be at least 1");
  const byIndex = new Map<number, string>();
  for (const chunk of chunks) {
    if (chunk.total !== total) throw new Error(`chunks disagree on the chunk count (${total} vs ${chunk.total})`);
    if (chunk.index < 1 || chunk.index > total) throw new Error(`chunk ${chunk.index} is outside 1..${total}`);
    if (byIndex.has(chunk.index)) throw new Error(`chunk ${chunk.index} of ${total} appears twice`);
    byIndex.set(chunk.index, chunk.digits);
  }
  const missing: number[] = [];
  for (let i = 1; i <= total; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length > 0) throw new Error(`missing chunk ${missing.join(", ")} of ${total}`);
  let jws = "";
  for (let i = 1; i <= total; i++) jws += digitsToJws(byIndex.get(i) as string);
  return jws;
};
