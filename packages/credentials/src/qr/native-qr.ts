import { decodeBase45, encodeBase45 } from "../codecs/base45.ts";
import { parseJsonWithinLimits } from "../codecs/json-limits.ts";
import { deflate, inflate } from "../codecs/zlib.ts";
import { InputTooLargeError, MAX_NATIVE_QR_INFLATED_BYTES } from "../limits.ts";

/** Thrown when QR text is not a native (PixelPass) payload; the message says which step failed. */
export class NativeQrError extends Error {
  override name = "NativeQrError";
}

/**
 * Encodes a signed credential as the native QR text: JSON, zlib deflate, base45, no prefix.
 * This is MOSIP PixelPass's encoding, so Inji Verify reads our codes and we read theirs.
 */
export const encodeNativeQr = (credential: Record<string, unknown>): string =>
  encodeBase45(deflate(new TextEncoder().encode(JSON.stringify(credential))));

// Each stage gets its own message because a checker needs to know whether the scan or the data is bad.
const stage = <T>(what: string, run: () => T): T => {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputTooLargeError) throw error;
    throw new NativeQrError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

/**
 * Decodes native QR text back to the credential's JSON text exactly as it was encoded, so a stored QR
 * gives back the signed bytes; throws a NativeQrError or an InputTooLargeError as {@link decodeNativeQr}.
 */
export const decodeNativeQrJson = (text: string): string => {
  // Scanners may add a trailing newline; base45 itself never ends in whitespace other than a space.
  const body = text.replace(/[\r\n]+$/, "");
  if (body.length === 0) throw new NativeQrError("Not a native QR: the text is empty");
  const compressed = stage("Not a native QR: the text is not base45", () => decodeBase45(body));
  const bytes = stage("Not a native QR: the base45 data is not zlib-compressed", () =>
    inflate(compressed, { maxBytes: MAX_NATIVE_QR_INFLATED_BYTES, what: "The native QR's content" }),
  );
  return stage("Not a native QR: the content is not UTF-8 text", () =>
    new TextDecoder("utf-8", { fatal: true }).decode(bytes),
  );
};

/**
 * Decodes native QR text back to the credential JSON object; throws a NativeQrError saying why it is not one,
 * or an InputTooLargeError when it is over the limits.
 */
export const decodeNativeQr = (text: string): Record<string, unknown> => {
  const json = decodeNativeQrJson(text);
  const parsed = stage("Not a native QR: the content is not JSON", () =>
    parseJsonWithinLimits(json, "The native QR's content"),
  );
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new NativeQrError("Not a native QR: the content is JSON but not a credential object");
  }
  return parsed as Record<string, unknown>;
};
