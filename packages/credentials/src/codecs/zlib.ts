import { Gunzip, Inflate, zlibSync } from "fflate";
import { formatCount, InputTooLargeError } from "../limits.ts";

/** Compresses bytes into a zlib stream (RFC 1950) at the highest level, since QR size matters more than CPU here. */
export const deflate = (bytes: Uint8Array): Uint8Array => zlibSync(bytes, { level: 9 });

/** What a bounded inflate may produce, and what to call the data in the message when it would produce more. */
export type InflateLimit = { maxBytes: number; what: string };

type Stream = { push(chunk: Uint8Array, final?: boolean): void };
type StreamClass = new (ondata: (data: Uint8Array, final: boolean) => void) => Stream;

// Deflate expands at most 1032:1, so each push is sized to what the limit still allows (but at least 64 bytes,
// at most 4 KiB): inflation stops within about 66 KiB of the limit however large the stream claims to be.
const MAX_RATIO = 1032;
const MIN_PUSH_BYTES = 64;
const MAX_PUSH_BYTES = 4096;

// Streams the input through in small pushes and stops at the first output past the limit, so a bomb costs
// neither the memory nor the time of its claimed size.
const inflateBounded = (Stream: StreamClass, bytes: Uint8Array, { maxBytes, what }: InflateLimit): Uint8Array => {
  const parts: Uint8Array[] = [];
  let total = 0;
  const stream = new Stream((data) => {
    total += data.length;
    if (total > maxBytes) {
      throw new InputTooLargeError(
        `${what} inflates to more than ${formatCount(maxBytes)} bytes, so it is not a certificate`,
      );
    }
    parts.push(data);
  });
  if (bytes.length === 0) stream.push(bytes, true);
  for (let at = 0; at < bytes.length; ) {
    const allowed = Math.floor((maxBytes - total) / MAX_RATIO);
    const end = at + Math.min(MAX_PUSH_BYTES, Math.max(MIN_PUSH_BYTES, allowed));
    stream.push(bytes.subarray(at, end), end >= bytes.length);
    at = end;
  }
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

// fflate's own messages ("invalid zlib data") do not say which step failed in a longer pipeline.
const damaged = (error: unknown): Error =>
  error instanceof InputTooLargeError
    ? error
    : new Error(`Invalid zlib data: the compressed stream is damaged (${(error as Error).message})`);

/**
 * Decompresses raw DEFLATE (RFC 1951), refusing with an InputTooLargeError as soon as the output passes
 * the limit; throws an Error saying the stream is damaged otherwise.
 */
export const inflateRaw = (bytes: Uint8Array, limit: InflateLimit): Uint8Array => {
  try {
    return inflateBounded(Inflate as unknown as StreamClass, bytes, limit);
  } catch (error) {
    throw damaged(error);
  }
};

/** Decompresses GZIP (RFC 1952), refusing with an InputTooLargeError as soon as the output passes the limit. */
export const gunzip = (bytes: Uint8Array, limit: InflateLimit): Uint8Array => {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) {
    throw new Error("Invalid GZIP data: the bytes do not start with a GZIP header, so they are not compressed");
  }
  try {
    return inflateBounded(Gunzip as unknown as StreamClass, bytes, limit);
  } catch (error) {
    throw damaged(error);
  }
};

/**
 * Decompresses a zlib stream (RFC 1950), refusing with an InputTooLargeError as soon as the output passes the
 * limit; throws an Error saying the data is not valid zlib otherwise.
 */
export const inflate = (bytes: Uint8Array, limit: InflateLimit): Uint8Array => {
  if (
    bytes.length < 2 ||
    ((bytes[0] as number) & 0x0f) !== 8 ||
    (((bytes[0] as number) << 8) | (bytes[1] as number)) % 31 !== 0
  ) {
    throw new Error(
      "Invalid zlib data: the bytes do not start with a zlib (deflate) header, so they are not compressed",
    );
  }
  // A preset dictionary is never used for certificates, and without it the stream cannot be read.
  if ((bytes[1] as number) & 0x20) throw new Error("Invalid zlib data: the stream needs a preset dictionary");
  const out = inflateRaw(bytes.subarray(2), limit);
  // fflate does not check the Adler-32 trailer, so truncated or garbled streams would otherwise pass silently.
  const end = bytes.length;
  const expected =
    end >= 6
      ? (((bytes[end - 4] as number) << 24) |
          ((bytes[end - 3] as number) << 16) |
          ((bytes[end - 2] as number) << 8) |
          (bytes[end - 1] as number)) >>>
        0
      : -1;
  if (adler32(out) !== expected) {
    throw new Error("Invalid zlib data: the compressed stream is damaged (Adler-32 checksum does not match)");
  }
  return out;
};

const adler32 = (bytes: Uint8Array): number => {
  let a = 1;
  let b = 0;
  // 5552 is the largest run that cannot overflow before the modulo (zlib's NMAX).
  for (let i = 0; i < bytes.length; ) {
    const stop = Math.min(i + 5552, bytes.length);
    for (; i < stop; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
};
