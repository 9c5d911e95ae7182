import { assertWithinLimit, MAX_ZIP_ENTRIES, MAX_ZIP_ENTRY_BYTES } from "../limits.ts";
import { inflateRaw } from "./zlib.ts";

// Read by hand rather than with fflate's unzipSync, which allocates the size an entry claims before inflating
// it and then inflates the whole entry whatever that claim was: a 139-byte ZIP could ask for 256 MiB.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
// The end record is 22 bytes and may be followed by a comment of up to 65,535.
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64 = 0xffffffff;
const latin1 = new TextDecoder("latin1");

/** Limits of {@link readZipEntry}; both default to the DIVOC QR's limits. */
export type ZipLimits = { maxEntryBytes?: number; maxEntries?: number };

const reader = (zip: Uint8Array) => {
  const need = (at: number, length: number) => {
    if (at < 0 || at + length > zip.length) throw new Error("the ZIP data is cut short or its offsets are wrong");
  };
  return {
    u16: (at: number): number => {
      need(at, 2);
      return (zip[at] as number) | ((zip[at + 1] as number) << 8);
    },
    u32: (at: number): number => {
      need(at, 4);
      return (
        ((zip[at] as number) | ((zip[at + 1] as number) << 8) | ((zip[at + 2] as number) << 16)) +
        (zip[at + 3] as number) * 0x1000000
      );
    },
    bytes: (at: number, length: number): Uint8Array => {
      need(at, length);
      return zip.subarray(at, at + length);
    },
  };
};

const findEndRecord = (zip: Uint8Array, u32: (at: number) => number): number => {
  const lowest = Math.max(0, zip.length - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  for (let at = zip.length - END_RECORD_BYTES; at >= lowest; at--) {
    if (u32(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error("the ZIP has no end of central directory record");
};

/**
 * Reads the named file out of ZIP bytes, or undefined when the ZIP has no such file. Refuses with an
 * InputTooLargeError a ZIP listing more entries than the limit, or a file claiming or inflating to more bytes,
 * before allocating them; throws an Error saying what is wrong with a damaged ZIP.
 */
export const readZipEntry = (zip: Uint8Array, name: string, limits: ZipLimits = {}): Uint8Array | undefined => {
  const { maxEntryBytes = MAX_ZIP_ENTRY_BYTES, maxEntries = MAX_ZIP_ENTRIES } = limits;
  const { u16, u32, bytes } = reader(zip);
  const end = findEndRecord(zip, u32);
  const entries = u16(end + 10);
  assertWithinLimit("The ZIP's list of files", entries, maxEntries, "entries");
  let at = u32(end + 16);
  for (let index = 0; index < entries; index++) {
    if (u32(at) !== CENTRAL_DIRECTORY_ENTRY) throw new Error("the ZIP's central directory is damaged");
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const entryName = latin1.decode(bytes(at + 46, nameLength));
    const localHeader = u32(at + 42);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (entryName !== name) continue;
    // A ZIP64 size marker claims 4 GiB or more, which no certificate needs.
    assertWithinLimit(`${name} in the ZIP`, size === ZIP64 ? Number.POSITIVE_INFINITY : size, maxEntryBytes);
    assertWithinLimit(`${name} in the ZIP (compressed)`, compressedSize, maxEntryBytes);
    if (flags & 1) throw new Error(`${name} in the ZIP is encrypted`);
    if (u32(localHeader) !== LOCAL_FILE_HEADER) throw new Error(`the ZIP's header of ${name} is damaged`);
    const start = localHeader + 30 + u16(localHeader + 26) + u16(localHeader + 28);
    const data = bytes(start, compressedSize);
    const content =
      method === 0
        ? data
        : method === 8
          ? inflateRaw(data, { maxBytes: maxEntryBytes, what: `${name} in the ZIP` })
          : undefined;
    if (!content) throw new Error(`${name} in the ZIP uses compression method ${method}, which is not supported`);
    if (content.length !== size) throw new Error(`${name} in the ZIP is not the size its header gives`);
    return content;
  }
  return undefined;
};
