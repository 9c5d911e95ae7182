import { strFromU8, strToU8, zipSync } from "fflate";
import { parseJsonWithinLimits } from "../codecs/json-limits.ts";
import { readZipEntry } from "../codecs/zip.ts";
import { InputTooLargeError } from "../limits.ts";

/** The one file a DIVOC QR's ZIP holds. */
export const DIVOC_QR_FILE = "certificate.json";

/** Writes the DIVOC QR payload: ZIP bytes holding `certificate.json`, for a QR code in byte mode. */
export const writeDivocQr = (credential: Record<string, unknown>): Uint8Array =>
  zipSync(
    { [DIVOC_QR_FILE]: strToU8(JSON.stringify(credential)) },
    { level: 9, mtime: new Date("2021-01-01T00:00:00Z") },
  );

/** Produces the variant DIVOC's QR library wrote: ZIP bytes read as a Latin-1 string, then re-encoded as UTF-8. */
export const mangleDivocQr = (zip: Uint8Array): Uint8Array => strToU8(strFromU8(zip, true));

// The reverse of mangleDivocQr; undefined when the bytes are not UTF-8 of code points up to U+00FF.
const unmangle = (bytes: Uint8Array): Uint8Array | undefined => {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return undefined;
    out[i] = code;
  }
  return out;
};

// Throws a reason when the bytes are not a ZIP holding a JSON certificate.json, an InputTooLargeError when too large.
const unzipCertificate = (zip: Uint8Array): Record<string, unknown> => {
  let file: Uint8Array | undefined;
  try {
    file = readZipEntry(zip, DIVOC_QR_FILE);
  } catch (error) {
    if (error instanceof InputTooLargeError) throw error;
    throw new Error(`the ZIP data is damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!file) throw new Error(`the ZIP holds no ${DIVOC_QR_FILE}.`);
  const parsed = parseJsonWithinLimits(strFromU8(file), DIVOC_QR_FILE);
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new Error(`${DIVOC_QR_FILE} is not a JSON object.`);
  return parsed as Record<string, unknown>;
};

// A scanner hands byte-mode QR content over as text with one character per byte (Latin-1).
const textToBytes = (text: string): Uint8Array =>
  [...text].some((char) => char.charCodeAt(0) > 0xff) ? strToU8(text) : strToU8(text, true);

/**
 * Reads a DIVOC QR payload (bytes, or text with one character per byte), plain or UTF-8-mangled; throws an
 * InputTooLargeError when its ZIP or certificate is over the limits, an Error saying why it is not one otherwise.
 */
export const readDivocQr = (payload: Uint8Array | string): Record<string, unknown> => {
  const bytes = typeof payload === "string" ? textToBytes(payload) : payload;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error("It is not a DIVOC QR: the payload is not a ZIP file.");
  try {
    return unzipCertificate(bytes);
  } catch (error) {
    if (error instanceof InputTooLargeError) throw error;
    // Mangling leaves the ASCII "PK" signature intact, so only a failed read tells the two apart.
    const unmangled = unmangle(bytes);
    if (unmangled) {
      try {
        return unzipCertificate(unmangled);
      } catch (inner) {
        if (inner instanceof InputTooLargeError) throw inner;
        // otherwise the plain reading's reason is the one to report
      }
    }
    throw new Error(`It is not a DIVOC QR: ${error instanceof Error ? error.message : String(error)}`);
  }
};
