import type { DccRevocationHashType } from "./revocation-hashes.ts";

/**
 * One DSC's revocation list in the JSON form this platform's verifier reads: every revoked DCC the key signed,
 * by each hash type, and until when the list may be relied on.
 */
export type DccRevocationList = {
  kid: string;
  hashTypes: DccRevocationHashType[];
  /** Hex revocation entries (16 bytes each), sorted, per hash type. */
  hashes: Record<DccRevocationHashType, string[]>;
  lastUpdated: string;
  expires: string;
};

/** The overview item of the DCC revocation distribution service's `/lists`. */
export type DccRevocationListSummary = {
  kid: string;
  mode: "POINT";
  hashTypes: DccRevocationHashType[];
  expires: string;
  lastUpdated: string;
};

/** The slice type of the revocation distribution service this platform serves: a sorted list of hashes. */
export const DCC_SLICE_TYPE = "VARHASHLIST";
/** The version of that slice format. */
export const DCC_SLICE_VERSION = "1.0";

/** The overview item of a list. */
export const dccRevocationListSummary = (list: DccRevocationList): DccRevocationListSummary => ({
  kid: list.kid,
  mode: "POINT",
  hashTypes: list.hashTypes,
  expires: list.expires,
  lastUpdated: list.lastUpdated,
});

const fromHex = (hex: string): Uint8Array =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

/**
 * A VARHASHLIST slice of hex revocation entries: one byte giving the length of each entry, then the entries in
 * ascending order. Entries are kept whole (16 bytes), so a lookup has no false positives.
 */
export const encodeVarHashList = (entries: readonly string[]): Uint8Array => {
  const size = 16;
  const sorted = [...new Set(entries.map((entry) => entry.toLowerCase()))].sort();
  const bytes = new Uint8Array(1 + sorted.length * size);
  bytes[0] = size;
  sorted.forEach((entry, position) => {
    bytes.set(fromHex(entry).slice(0, size), 1 + position * size);
  });
  return bytes;
};

/** Reads a VARHASHLIST slice back into hex entries (each as long as the slice's entry length). */
export const decodeVarHashList = (bytes: Uint8Array): string[] => {
  const size = bytes[0] ?? 0;
  if (size === 0 || (bytes.length - 1) % size !== 0) throw new Error("the slice is not a VARHASHLIST");
  const entries: string[] = [];
  for (let offset = 1; offset < bytes.length; offset += size) {
    entries.push(Array.from(bytes.slice(offset, offset + size), (byte) => byte.toString(16).padStart(2, "0")).join(""));
  }
  return entries;
};

/**
 * Whether a DCC's revocation hashes are on a list of its signer's kid: any hash type the list carries that
 * matches. A prefix match counts, as a partial hash list holds truncated entries.
 */
export const isOnDccRevocationList = (
  list: Pick<DccRevocationList, "kid" | "hashes">,
  entry: { kid: string; hashes: Record<DccRevocationHashType, string> },
): boolean =>
  list.kid === entry.kid &&
  (Object.keys(list.hashes) as DccRevocationHashType[]).some((type) =>
    (list.hashes[type] ?? []).some((listed) => listed.length > 0 && entry.hashes[type]?.startsWith(listed)),
  );
