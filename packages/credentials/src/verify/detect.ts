import { assertJsonWithinLimits, parseJsonWithinLimits } from "../codecs/json-limits.ts";
import { readDivocQr } from "../divoc/qr.ts";
import { assertWithinLimit, InputTooLargeError, MAX_INPUT_CHARS } from "../limits.ts";
import { decodeNativeQr } from "../qr/native-qr.ts";
import { looksLikeVdsNc } from "../vds-nc/seal.ts";
import { asRecord, messageOf } from "./checks.ts";

/**
 * What the input turned out to be, ready for its format's verifier, or why it could not be read (`tooLarge`
 * when it was refused for its size).
 */
export type Detected =
  | { format: "eu-dcc"; text: string; how: string }
  | { format: "shc"; input: string | string[] | { verifiableCredential: unknown }; how: string }
  | { format: "divoc" | "w3c"; credential: Record<string, unknown>; how: string }
  | { format: "vds-nc"; seal: Record<string, unknown>; how: string }
  | { format: "unknown"; reason: string; tooLarge?: true };
const VC_V1 = "https://www.w3.org/2018/credentials/v1";
const VC_V2 = "https://www.w3.org/ns/credentials/v2";
const BASE45 = /^[0-9A-Z $%*+\-./:]+$/;
const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const unknown = (reason: string): Detected => ({ format: "unknown", reason });
const tooLarge = (error: InputTooLargeError): Detected => ({
  format: "unknown",
  reason: `${error.message}.`,
  tooLarge: true,
});

const fromObject = (value: Record<string, unknown>, how: string): Detected => {
  // An ICAO VDS-NC seal's QR holds its JSON as is: {data: {hdr, msg}, sig}.
  if (looksLikeVdsNc(value)) return { format: "vds-nc", seal: value, how };
  if ("verifiableCredential" in value)
    return { format: "shc", input: { verifiableCredential: value.verifiableCredential }, how };
  const context = value["@context"];
  const first = Array.isArray(context) ? context[0] : context;
  if (first === VC_V2) return { format: "w3c", credential: value, how };
  // DIVOC issued VC 1.1; its module reads every 1.1 proof type DIVOC used.
  if (first === VC_V1) return { format: "divoc", credential: value, how };
  return unknown(
    "The JSON is not a certificate this checker knows: it is neither a W3C Verifiable Credential (1.1 or 2.0) nor a SMART Health Card file, nor an ICAO VDS-NC seal.",
  );
};

const fromJsonText = (text: string, how: string): Detected => {
  let parsed: unknown;
  try {
    parsed = parseJsonWithinLimits(text, "The JSON");
  } catch (error) {
    if (error instanceof InputTooLargeError) throw error;
    return unknown(`The text looks like JSON but is damaged or cut short (${messageOf(error)}).`);
  }
  const record = asRecord(parsed);
  return record ? fromObject(record, how) : unknown("The JSON is not an object, so it is not a certificate.");
};

// A native QR is the credential JSON, zlib-compressed and base45-encoded, with no prefix.
const fromNativeQr = (text: string): Detected => {
  let credential: Record<string, unknown>;
  try {
    credential = decodeNativeQr(text);
  } catch (error) {
    if (error instanceof InputTooLargeError) throw error;
    return unknown(`The QR text could not be read: it is damaged or incomplete (${messageOf(error)}).`);
  }
  return fromObject(credential, "native QR");
};

const fromDivocQr = (payload: string | Uint8Array): Detected => {
  try {
    return { format: "divoc", credential: readDivocQr(payload), how: "DIVOC QR" };
  } catch (error) {
    if (error instanceof InputTooLargeError) throw error;
    return unknown(`The DIVOC QR could not be read: it is damaged or incomplete (${messageOf(error)})`);
  }
};

const fromText = (input: string): Detected => {
  assertWithinLimit("The input", input.length, MAX_INPUT_CHARS, "characters");
  // DIVOC ZIP bytes arrive as text with one character per byte, so must be spotted before trimming.
  if (input.startsWith("PK")) return fromDivocQr(input);
  const text = input.trim();
  if (text.length === 0) return unknown("Nothing was given to check: the text is empty.");
  if (text.startsWith("HC1:")) return { format: "eu-dcc", text, how: "EU DCC QR" };
  if (text.toLowerCase().startsWith("shc:/")) {
    // Several chunks of one card arrive one per line.
    const chunks = text.split(/\s+/);
    return { format: "shc", input: chunks.length > 1 ? chunks : text, how: "SMART Health Card QR" };
  }
  if (text.startsWith("{")) return fromJsonText(text, "JSON");
  if (JWS.test(text)) return { format: "shc", input: text, how: "SMART Health Card JWS" };
  if (BASE45.test(text)) return fromNativeQr(text);
  return unknown(
    "The text is not a certificate this checker knows (not an EU DCC, SMART Health Card, DIVOC or native QR, nor certificate JSON).",
  );
};

/**
 * Works out which certificate format the input is and unpacks it as far as its verifier needs, within the
 * limits of limits.ts; never throws.
 */
export const detect = (input: unknown): Detected => {
  try {
    if (typeof input === "string") return fromText(input);
    if (input instanceof Uint8Array) {
      assertWithinLimit("The input", input.length, MAX_INPUT_CHARS);
      if (input[0] === 0x50 && input[1] === 0x4b) return fromDivocQr(input);
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(input);
      } catch {
        return unknown("The bytes are neither a DIVOC QR (ZIP) nor text, so they are not a certificate.");
      }
      return fromText(text);
    }
    const record = asRecord(input);
    if (record) {
      assertJsonWithinLimits(record, "The JSON");
      return fromObject(record, "JSON");
    }
    const kind =
      input === null || input === undefined ? "nothing" : Array.isArray(input) ? "a list" : `a ${typeof input}`;
    return unknown(`Nothing readable was given: expected QR text, bytes or certificate JSON, got ${kind}.`);
  } catch (error) {
    if (error instanceof InputTooLargeError) return tooLarge(error);
    return unknown(`The input could not be read: ${messageOf(error)}`);
  }
};
