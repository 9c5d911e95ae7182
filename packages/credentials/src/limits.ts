// Every size limit the decoders enforce, in one place. Each is sized from the largest real certificate of
// its kind (measured with the package's own issuers and the public test vectors) times a wide margin, so
// that no genuine certificate comes near it while a hostile input is refused before it costs memory or time.

const KiB = 1024;

/**
 * The largest text or byte input verify() reads at all. The largest real input is the SMART Health Card of
 * three QR chunks (spec example 02: 6.6 K digits, its file 3.3 KB); certificate JSON is 0.8-1.9 KB.
 */
export const MAX_INPUT_CHARS = 128 * KiB;

/**
 * The longest QR text (base45, `HC1:`, `shc:/` digits): a version 40 QR holds at most 7,089 digits or 4,296
 * alphanumeric characters; three SHC chunks (example 02) are 6,597 digits. Twice the longest chunked card.
 */
export const MAX_QR_TEXT_CHARS = 16 * KiB;

/**
 * The longest signed part of a VDS-NC seal (the canonical JSON of its `data`; the signer certificate and signature
 * are capped apart). The seal is plain JSON in a byte-mode QR, which holds at most 2,953 bytes at version 40-L;
 * Australia's proof of vaccination is 1,739 characters, 392 of them its data. Twice what a QR could hold.
 */
export const MAX_VDS_NC_CHARS = 8 * KiB;

/**
 * The most a native QR (PixelPass: zlib of the credential JSON) may inflate to. Our two-dose credential is
 * 1.9 KB of JSON (a 1,191-character QR); a full QR's zlib could hold perhaps 15 KB of JSON. Four times that.
 */
export const MAX_NATIVE_QR_INFLATED_BYTES = 64 * KiB;

/**
 * The most an EU DCC's zlib may inflate to (the COSE_Sign1 message). Real DCCs are 350-400 bytes of CBOR
 * (ours 354, the EU vector CO3 393); a full version 40 QR could not carry much more than 10 KB.
 */
export const MAX_DCC_INFLATED_BYTES = 32 * KiB;

/**
 * The most a SMART Health Card payload (`zip: DEF`) may inflate to. The spec's largest example (02, a lab
 * report of 50 observations in three QR chunks) inflates to 30 KB; vaccination cards are 1.1-1.4 KB.
 */
export const MAX_SHC_INFLATED_BYTES = 256 * KiB;

/**
 * The most a DIVOC QR's `certificate.json` may claim or inflate to. DIVOC certificates are 1.5-1.9 KB of JSON
 * (0.9-1.2 KB of ZIP) and the QR holds at most 2,953 bytes of ZIP. Thirty times the largest.
 */
export const MAX_ZIP_ENTRY_BYTES = 64 * KiB;

/** The most entries a DIVOC QR's ZIP may list: DIVOC writes exactly one, `certificate.json`. */
export const MAX_ZIP_ENTRIES = 8;

/**
 * The most CBOR bytes decoded at once: a DCC's COSE message, bounded by what its zlib may inflate to.
 */
export const MAX_CBOR_BYTES = MAX_DCC_INFLATED_BYTES;

/**
 * How deep CBOR may nest. A DCC's claims are 5 deep (CWT map, hcert map, v1 map, the `v` array, a dose);
 * cborg recurses per level, so depth also bounds its stack.
 */
export const MAX_CBOR_DEPTH = 16;

/** The most CBOR data items (every value, key and container) one decode may hold; a DCC has about 60. */
export const MAX_CBOR_ITEMS = 4_096;

/**
 * How deep certificate JSON may nest. Our credential is 6 deep, a DIVOC certificate 5, an SHC payload 10-12;
 * JSON-LD processing, structured cloning and JSON.stringify recurse per level.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * The most values (objects, arrays and leaves) certificate JSON may hold. Our credential has 71, a DIVOC
 * certificate about 60; the largest real one, the SHC example 02 lab report, 1,709.
 */
export const MAX_JSON_VALUES = 20_000;

/**
 * The most bytes a W3C status list may inflate to: 2 MiB is 16.7 million entries, 128 times the 131,072 the
 * spec asks for and our lists hold.
 */
export const MAX_STATUS_LIST_BYTES = 2 * 1024 * KiB;

/**
 * The longest signature value (`proofValue`, `signatureValue`, `jws`) a proof may carry. An Ed25519 signature
 * is 88 base58 characters, an RSA-4096 one 683 base64url characters plus a JWS header; base58 decoding takes
 * time growing with the square of the length (a 67,000-character proofValue took 3.7 s), so a value longer
 * than any signature is refused before it is decoded.
 */
export const MAX_SIGNATURE_CHARS = 2_048;

/** Why a proof's signature value is too long to be a signature, or undefined when none is. */
export const signatureValueProblem = (proof: Record<string, unknown>): string | undefined => {
  for (const key of ["proofValue", "signatureValue", "jws"]) {
    const value = proof[key];
    if (typeof value === "string" && value.length > MAX_SIGNATURE_CHARS) {
      return `The proof's ${key} is ${formatCount(value.length)} characters long, more than any signature (at most ${formatCount(MAX_SIGNATURE_CHARS)}), so it is not one.`;
    }
  }
  return undefined;
};

/** How long one revocation or suspension lookup may take before the check says it could not be made. */
export const STATUS_LOOKUP_TIMEOUT_MS = 15_000;

/**
 * Thrown by a decoder that refuses its input for size: a length, a claimed size, an inflated size, a nesting
 * depth or a count over its limit. Distinct from a damaged input, so that a server can answer 413.
 */
export class InputTooLargeError extends Error {
  override name = "InputTooLargeError";
}

/** A count with thousands separators, for messages: toLocaleString would load Intl data on the first refusal. */
export const formatCount = (count: number): string =>
  Number.isFinite(count) ? String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : "unlimited";

/** Throws an InputTooLargeError saying what exceeded which limit, when `size` is over `limit`. */
export const assertWithinLimit = (what: string, size: number, limit: number, unit = "bytes"): void => {
  if (size > limit) {
    throw new InputTooLargeError(
      `${what} is too large (${formatCount(size)} ${unit}, at most ${formatCount(limit)}), so it is not a certificate`,
    );
  }
};
