import { requireDatabaseUrl } from "@vax/config/env";
import { describeError, startQueueWorker, type TQueueWorker } from "../shared/queue-worker";
import { bulkChunkJobId, type TBulkChunk } from "./bulk-chunks";
import { giveUpBulkChunk, processBulkChunk } from "./process-bulk-chunk";
import { queueBulkUploads } from "./queue-bulk-uploads";

/** The pg-boss queue whose jobs each carry one chunk of a bulk upload. */
export const BULK_UPLOAD_QUEUE = "bulk-upload-chunk";

/** Options for {@link startBulkUploadWorker}; every one has the deployment's default. */
export type StartBulkUploadWorkerOptions = {
  databaseUrl?: string;
  /** How often new uploads are looked for, and the queue for due jobs. */
  pollIntervalMs?: number;
};

/** A running bulk upload worker. */
export type TBulkUploadWorker = TQueueWorker;

// A chunk whose worker died is run again after this: well above a chunk's time (500 certify rows take seconds).
const JOB_EXPIRY_SECONDS = 300;
// A chunk that keeps failing (the database away) is tried this often, a little later each time.
const RETRY_LIMIT = 10;

/**
 * Starts processing bulk uploads through a pg-boss queue on the platform's own database: new
 * uploads are looked for every `pollIntervalMs`, each chunk becomes a job, and a failed or expired
 * job (a worker killed mid-chunk) is run again, resuming at the chunk's rows still pending. Any
 * number of workers may run: a chunk has one job, and every row is settled once.
 */
export const startBulkUploadWorker = async ({
  databaseUrl = requireDatabaseUrl(),
  pollIntervalMs = 1_000,
}: StartBulkUploadWorkerOptions = {}): Promise<TBulkUploadWorker> =>
  startQueueWorker({
    label: "bulk uploads",
    databaseUrl,
    connections: 3,
    queues: [
      {
        name: BULK_UPLOAD_QUEUE,
        retryLimit: RETRY_LIMIT,
        retryDelay: 2,
        retryBackoff: true,
        expireInSeconds: JOB_EXPIRY_SECONDS,
      },
    ],
    work: (boss) =>
      boss.work<TBulkChunk>(
        BULK_UPLOAD_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: Math.max(pollIntervalMs / 1000, 0.5), includeMetadata: true },
        async ([job]) => {
          if (!job) return;
          try {
            await processBulkChunk(job.data);
          } catch (error) {
            if (job.retryCount < job.retryLimit) throw error;
            const { uploadId, fromRow, toRow } = job.data;
            console.error(
              `[bulk uploads] Gave up on rows ${fromRow}-${toRow} of upload ${uploadId}: ${describeError(error)}`,
            );
            await giveUpBulkChunk(job.data, describeError(error));
          }
        },
      ),
    dispatch: {
      intervalMs: pollIntervalMs,
      what: "the uploads",
      run: (boss) =>
        queueBulkUploads({
          enqueue: (chunks) =>
            boss.insert(chunks.map((chunk) => ({ id: bulkChunkJobId(chunk), name: BULK_UPLOAD_QUEUE, data: chunk }))),
        }),
    },
  });
