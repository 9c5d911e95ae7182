import { unzlibSync, zlibSync } from "fflate";

/** Compresses bytes into a zlib stream (RFC 1950) at the highest level, since QR size matters more than CPU here. */
export const deflate = (bytes: Uint8Array): Uint8Array => zlibSync(bytes, { level: 9 });

/** Decompresses a zlib stream (RFC 1950); throws an Error saying the data is not valid zlib. */
export const inflate = (bytes: Uint8Array): Uint8Array => {
  // fflate's own messages ("invalid zlib data") do not say which step failed in a longer pipeline.
  if (
    bytes.length < 2 ||
    ((bytes[0] as number) & 0x0f) !== 8 ||
    (((bytes[0] as number) << 8) | (bytes[1] as number)) % 31 !== 0
  ) {
    throw new Error(
      "Invalid zlib data: the bytes do not start with a zlib (deflate) header, so they are not compressed",
    );
  }
  let out: Uint8Array;
  try {
    out = unzlibSync(bytes);
  } catch (error) {
    throw new Error(`Invalid zlib data: the compressed stream is damaged (${(error as Error).message})`);
  }
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
