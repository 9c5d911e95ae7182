import { startAnalyticsWorker } from "@vax/core/analytics-worker";
import { startBulkUploadWorker } from "@vax/core/bulk-upload-worker";
import { startCertifyWorker } from "@vax/core/certify-worker";
import { startNotificationWorker } from "@vax/core/notification-worker";

// npm run worker: the notification, certify, bulk upload and analytics workers on DATABASE_URL, until stopped;
// `npm start` runs one beside the apps.
const workers = [
  await startNotificationWorker(),
  await startCertifyWorker(),
  await startBulkUploadWorker(),
  await startAnalyticsWorker(),
];
console.info(
  "[worker] Delivering the notification outbox, certifying asynchronous certify calls and posting their webhooks, processing bulk uploads, keeping the analytics figures fresh (every five minutes)",
);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all(workers.map((worker) => worker.stop()));
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
