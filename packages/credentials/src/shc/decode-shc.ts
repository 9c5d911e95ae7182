import { assertJsonWithinLimits } from "../codecs/json-limits.ts";
import { inflateRaw } from "../codecs/zlib.ts";
import { InputTooLargeError, MAX_SHC_INFLATED_BYTES } from "../limits.ts";
import { decodeBase64Url } from "./base64url.ts";
import { decodeShcQr } from "./numeric-qr.ts";

/** What a verifier may be handed: `shc:/` text (one or more chunks), a compact JWS, or a `.smart-health-card` file. */
export type ShcInput = string | readonly string[] | { verifiableCredential: unknown };

/** Where the JWS came from. */
export type ShcSource = "qr" | "jws" | "file";

/** A decoded but not yet verified SMART Health Card. */
export type DecodedShc = {
  source: ShcSource;
  jws: string;
  header: Record<string, unknown>;
  payload: unknown;
  /** The exact inflated payload text, for callers that compare bytes. */
  payloadText: string;
  /** Cards in a file beyond the first, which this decode leaves unread. */
  otherCards: number;
};

const jwsPattern = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const fromFile = (file: unknown): { jws: string; otherCards: number } => {
  assertJsonWithinLimits(file, "The SMART Health Card file");
  const list = (file as { verifiableCredential?: unknown } | null)?.verifiableCredential;
  if (!Array.isArray(list) || list.length === 0) throw new Error("the file has no verifiableCredential entries");
  const first = list[0];
  if (typeof first !== "string") throw new Error("verifiableCredential[0] is not a JWS string");
  return { jws: first.trim(), otherCards: list.length - 1 };
};

const locateJws = (input: ShcInput): { jws: string; source: ShcSource; otherCards: number } => {
  if (Array.isArray(input)) return { jws: decodeShcQr(input), source: "qr", otherCards: 0 };
  if (typeof input === "object" && input !== null) return { ...fromFile(input), source: "file" };
  if (typeof input !== "string") throw new Error("input is not text, a list of QR chunks or a file object");
  const text = input.trim();
  if (text.toLowerCase().startsWith("shc:/")) return { jws: decodeShcQr(text), source: "qr", otherCards: 0 };
  if (text.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error("input looks like JSON but does not parse");
    }
    return { ...fromFile(parsed), source: "file" };
  }
  if (jwsPattern.test(text)) return { jws: text, source: "jws", otherCards: 0 };
  throw new Error("input is neither shc:/ QR text, a compact JWS, nor a .smart-health-card file");
};

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes a SMART Health Card to its header and inflated payload without checking the signature; throws with a
 * reason, or an InputTooLargeError when the card is over the limits (its payload inflates too far, its JSON
 * nests too deep).
 */
export const decodeShc = (input: ShcInput): DecodedShc => {
  const { jws, source, otherCards } = locateJws(input);
  const parts = jws.split(".");
  if (parts.length !== 3 || !jwsPattern.test(jws)) throw new Error("the JWS does not have three base64url parts");
  const [headerPart, payloadPart] = parts as [string, string, string];
  let header: unknown;
  try {
    header = JSON.parse(decoder.decode(decodeBase64Url(headerPart)));
  } catch {
    throw new Error("the JWS header is not base64url-encoded JSON");
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    throw new Error("the JWS header is not a JSON object");
  }
  assertJsonWithinLimits(header, "The JWS header");
  const raw = decodeBase64Url(payloadPart);
  let bytes: Uint8Array = raw;
  if ((header as { zip?: unknown }).zip === "DEF") {
    try {
      bytes = inflateRaw(raw, { maxBytes: MAX_SHC_INFLATED_BYTES, what: "The card's payload" });
    } catch (error) {
      if (error instanceof InputTooLargeError) throw error;
      throw new Error("the JWS payload does not inflate (zip: DEF promised raw DEFLATE)");
    }
  }
  let payloadText: string;
  let payload: unknown;
  try {
    payloadText = decoder.decode(bytes);
    payload = JSON.parse(payloadText);
  } catch {
    throw new Error("the JWS payload is not UTF-8 JSON");
  }
  assertJsonWithinLimits(payload, "The card's payload");
  return { source, jws, header: header as Record<string, unknown>, payload, payloadText, otherCards };
};
