import { startBulkUploadWorker } from "@vax/core/bulk-upload-worker";
import { startNotificationWorker } from "@vax/core/notification-worker";

// npm run worker: the notification and bulk upload workers on DATABASE_URL, until stopped; `npm start` runs one beside the apps.
const workers = [await startNotificationWorker(), await startBulkUploadWorker()];
console.info("[worker] Delivering the notification outbox and processing bulk uploads");
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all(workers.map((worker) => worker.stop()));
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
