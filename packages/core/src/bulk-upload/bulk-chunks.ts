import { createHash } from "node:crypto";
import type { TBulkKind } from "../schemas/bulk-upload";

/** One job's share of an upload: rows `fromRow` to `toRow` by their number in the file. */
export type TBulkChunk = { uploadId: string; fromRow: number; toRow: number };

// Certify rows are signed and stored a chunk at a time; a user's password hash alone takes a tenth of a second.
const CHUNK_ROWS: Record<TBulkKind, number> = { certify: 500, facilities: 200, users: 50, "pre-enrolments": 200 };

// Data rows are numbered from 2 (the header is row 1) without gaps.
const FIRST_ROW = 2;

/** The chunks an upload's rows are processed in, one job each. */
export const bulkChunks = (uploadId: string, kind: TBulkKind, totalRows: number): TBulkChunk[] => {
  const size = CHUNK_ROWS[kind];
  const chunks: TBulkChunk[] = [];
  for (let from = FIRST_ROW; from < FIRST_ROW + totalRows; from += size) {
    chunks.push({ uploadId, fromRow: from, toRow: Math.min(from + size, FIRST_ROW + totalRows) - 1 });
  }
  return chunks;
};

/**
 * A chunk's job id, the same every time it is asked for: handing the same chunk to the queue twice
 * (a worker stopped between queueing and marking the upload queued) makes no second job.
 */
export const bulkChunkJobId = ({ uploadId, fromRow }: TBulkChunk): string => {
  const hex = createHash("sha256").update(`bulk-upload:${uploadId}:${fromRow}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
