import { requireDatabaseUrl } from "@vax/config/env";
import PgBoss from "pg-boss";
import { ensureQueue } from "../shared/ensure-queue";
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
export type TBulkUploadWorker = { stop: () => Promise<void> };

// A chunk whose worker died is run again after this: well above a chunk's time (500 certify rows take seconds).
const JOB_EXPIRY_SECONDS = 300;
// A chunk that keeps failing (the database away) is tried this often, a little later each time.
const RETRY_LIMIT = 10;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 300);

/**
 * Starts processing bulk uploads through a pg-boss queue on the platform's own database: new
 * uploads are looked for every `pollIntervalMs`, each chunk becomes a job, and a failed or expired
 * job (a worker killed mid-chunk) is run again, resuming at the chunk's rows still pending. Any
 * number of workers may run: a chunk has one job, and every row is settled once.
 */
export const startBulkUploadWorker = async ({
  databaseUrl = requireDatabaseUrl(),
  pollIntervalMs = 1_000,
}: StartBulkUploadWorkerOptions = {}): Promise<TBulkUploadWorker> => {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 3 });
  boss.on("error", (error) => console.error(`[bulk uploads] Queue error: ${describe(error)}`));
  await boss.start();
  const queue = {
    name: BULK_UPLOAD_QUEUE,
    retryLimit: RETRY_LIMIT,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: JOB_EXPIRY_SECONDS,
  };
  await ensureQueue(boss, queue);
  await boss.work<TBulkChunk>(
    BULK_UPLOAD_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: Math.max(pollIntervalMs / 1000, 0.5), includeMetadata: true },
    async ([job]) => {
      if (!job) return;
      try {
        await processBulkChunk(job.data);
      } catch (error) {
        if (job.retryCount < job.retryLimit) throw error;
        const { uploadId, fromRow, toRow } = job.data;
        console.error(`[bulk uploads] Gave up on rows ${fromRow}-${toRow} of upload ${uploadId}: ${describe(error)}`);
        await giveUpBulkChunk(job.data, describe(error));
      }
    },
  );
  const enqueue = (chunks: TBulkChunk[]) =>
    boss.insert(chunks.map((chunk) => ({ id: bulkChunkJobId(chunk), name: BULK_UPLOAD_QUEUE, data: chunk })));
  let dispatching: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    dispatching ??= queueBulkUploads({ enqueue })
      .catch((error: unknown) => console.error(`[bulk uploads] Could not queue the uploads: ${describe(error)}`))
      .finally(() => {
        dispatching = null;
      });
  }, pollIntervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await dispatching;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
};
