import { prisma } from "@vax/db";
import type { TBulkKind } from "../schemas/bulk-upload";
import { bulkChunks, type TBulkChunk } from "./bulk-chunks";

/** Puts chunks on the job queue, one job per chunk under its own id; a chunk already queued is not queued twice. */
export type TEnqueueChunks = (chunks: TBulkChunk[]) => Promise<void>;

/** Options for {@link queueBulkUploads}. */
export type QueueBulkUploadsOptions = { enqueue: TEnqueueChunks; now?: Date; limit?: number };

/**
 * Hands new uploads to the job queue, a job per chunk, and marks them queued. It runs over and over
 * in the worker, so an upload stored by any app process is picked up within a moment; marking comes
 * after queueing and a chunk's job id is fixed, so a stop between the two only queues the chunks
 * again, which the queue ignores.
 */
export const queueBulkUploads = async ({ enqueue, now = new Date(), limit = 20 }: QueueBulkUploadsOptions) => {
  const uploads = await prisma.bulkUpload.findMany({
    where: { status: "QUEUED", queuedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, kind: true, totalRows: true },
  });
  for (const upload of uploads) {
    await enqueue(bulkChunks(upload.id, upload.kind as TBulkKind, upload.totalRows));
    await prisma.bulkUpload.updateMany({ where: { id: upload.id, queuedAt: null }, data: { queuedAt: now } });
  }
  return uploads.length;
};
