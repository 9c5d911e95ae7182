import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  DCC_SLICE_TYPE,
  DCC_SLICE_VERSION,
  type DccRevocationList,
  type DccRevocationListSummary,
  dccRevocationListSummary,
  encodeVarHashList,
} from "@vax/credentials/eu-dcc";
import { AppError } from "../errors";
import { dccRevocationLists } from "./dcc-revocation-lists";

/** The one partition of a list in POINT mode, as the distribution service names it. */
export const DCC_POINT_PARTITION = "null";
/** The one chunk of that partition. */
export const DCC_POINT_CHUNK = "0";

/** A partition of a kid's list, in the revocation distribution service's shape. */
export type TDccPartition = {
  kid: string;
  id: string;
  x: string;
  y: string;
  lastUpdated: string;
  expired: string;
  chunks: Record<string, Record<string, { type: string; version: string; hash: string }>>;
};

// Kids are base64 and may reach a path as base64url, with or without padding; all name the same key.
const normaliseKid = (kid: string): string => {
  const base64 = kid.replace(/-/g, "+").replace(/_/g, "/");
  return base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
};

/** The overview a DCC verifier app downloads first (`/lists`): one entry per DSC kid. */
export const dccRevocationListOverview = async (): Promise<DccRevocationListSummary[]> =>
  (await dccRevocationLists()).map(dccRevocationListSummary);

/** One kid's list in the JSON form this platform's verifier reads; NOT_FOUND for a kid the platform does not publish. */
export const dccRevocationList = async ({ kid }: { kid: string }): Promise<DccRevocationList> => {
  const wanted = normaliseKid(kid);
  const list = (await dccRevocationLists()).find((candidate) => candidate.kid === wanted);
  if (!list) throw new AppError("NOT_FOUND", `No DCC revocation list for kid ${kid}`);
  return list;
};

const sliceOf = (list: DccRevocationList): Uint8Array =>
  gzipSync(encodeVarHashList(list.hashTypes.flatMap((type) => list.hashes[type])));

const sliceId = (list: DccRevocationList): string => String(Math.floor(Date.parse(list.lastUpdated) / 1000));

/** A kid's partitions: in POINT mode one, whose one chunk holds one VARHASHLIST slice of every hash. */
export const dccRevocationPartitions = async ({ kid }: { kid: string }): Promise<TDccPartition[]> => {
  const list = await dccRevocationList({ kid });
  const hash = createHash("sha256").update(sliceOf(list)).digest("hex");
  return [
    {
      kid: list.kid,
      id: DCC_POINT_PARTITION,
      x: DCC_POINT_PARTITION,
      y: DCC_POINT_PARTITION,
      lastUpdated: list.lastUpdated,
      expired: list.expires,
      chunks: { [DCC_POINT_CHUNK]: { [sliceId(list)]: { type: DCC_SLICE_TYPE, version: DCC_SLICE_VERSION, hash } } },
    },
  ];
};

/** The gzipped slice data of a chunk (its one current slice); NOT_FOUND for a partition or chunk there is not. */
export const dccRevocationSlice = async (options: { kid: string; partition: string; chunk: string }) => {
  const list = await dccRevocationList({ kid: options.kid });
  if (options.partition !== DCC_POINT_PARTITION || options.chunk !== DCC_POINT_CHUNK) {
    throw new AppError("NOT_FOUND", "No such DCC revocation chunk; read the kid's partitions");
  }
  return sliceOf(list);
};
