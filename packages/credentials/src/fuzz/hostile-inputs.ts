import { deflateSync, strToU8 } from "fflate";
import { encodeBase45 } from "../codecs/base45.ts";
import { deflate } from "../codecs/zlib.ts";
import { encodeBase64Url } from "../shc/base64url.ts";

// Inputs built by hand to claim or expand to far more than any certificate, for the limit tests
// and the fuzzer's seeds of hostile shapes.

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** Options of {@link zipOf}: one entry, its (compressed) data, and the sizes its headers claim. */
export type HandMadeZip = {
  name?: string;
  data: Uint8Array;
  method?: 0 | 8;
  claimedSize: number;
  /** The entry count the end record claims, default 1. */
  claimedEntries?: number;
};

/** A ZIP with one entry whose local header and central directory claim `claimedSize` uncompressed bytes. */
export const zipOf = ({
  name = "certificate.json",
  data,
  method = 8,
  claimedSize,
  claimedEntries = 1,
}: HandMadeZip) => {
  const nameBytes = [...strToU8(name)];
  const sizes = [...u32(0), ...u32(data.length), ...u32(claimedSize)];
  const local = [...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(method), ...u16(0), ...u16(0), ...sizes];
  const localHeader = [...local, ...u16(nameBytes.length), ...u16(0), ...nameBytes];
  const central = [
    ...[...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(method), ...u16(0), ...u16(0), ...sizes],
    ...[...u16(nameBytes.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0)],
    ...nameBytes,
  ];
  const offset = localHeader.length + data.length;
  const end = [
    ...[...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(claimedEntries), ...u16(claimedEntries)],
    ...[...u32(central.length), ...u32(offset), ...u16(0)],
  ];
  return Uint8Array.from([...localHeader, ...data, ...central, ...end]);
};

/** The 139-byte DIVOC QR ZIP whose certificate.json (`{"a":1}`, 9 bytes deflated) claims to be 256 MiB. */
export const lyingZip = (): Uint8Array =>
  zipOf({ data: deflateSync(strToU8('{"a":1}')), claimedSize: 256 * 1024 * 1024 });

/** Raw DEFLATE of `bytes` zero bytes: about 1 KiB per MiB it expands to. */
export const deflateBomb = (bytes: number): Uint8Array => deflateSync(new Uint8Array(bytes), { level: 9 });

/** A zlib stream around a raw DEFLATE stream, with a zero checksum (a bomb is refused before it is reached). */
export const zlibAround = (raw: Uint8Array): Uint8Array => Uint8Array.of(0x78, 0xda, ...raw, 0, 0, 0, 0);

/** Native QR text that inflates to `bytes` zero bytes. */
export const nativeQrBomb = (bytes: number): string => encodeBase45(zlibAround(deflateBomb(bytes)));

/** A SMART Health Card JWS whose `zip: DEF` payload inflates to `bytes` zero bytes. */
export const shcBomb = (bytes: number): string => {
  const header = encodeBase64Url(strToU8(JSON.stringify({ zip: "DEF", alg: "ES256", kid: "bomb" })));
  return `${header}.${encodeBase64Url(deflateBomb(bytes))}.${encodeBase64Url(new Uint8Array(64))}`;
};

/** `HC1:` text around CBOR bytes, compressed as a DCC is. */
export const dccAround = (cbor: Uint8Array): string => `HC1:${encodeBase45(deflate(cbor))}`;

/** JSON text nested `depth` arrays deep. */
export const deepJson = (depth: number): string => `${"[".repeat(depth)}${"]".repeat(depth)}`;
