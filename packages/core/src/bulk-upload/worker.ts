// The bulk upload worker's door, kept out of @vax/core's main entry so the apps never bundle pg-boss.
export {
  BULK_UPLOAD_QUEUE,
  type StartBulkUploadWorkerOptions,
  startBulkUploadWorker,
  type TBulkUploadWorker,
} from "./start-bulk-upload-worker";
