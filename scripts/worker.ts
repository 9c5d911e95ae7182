import { startAnalyticsWorker } from "@vax/core/analytics-worker";
import { startNotificationWorker } from "@vax/core/notification-worker";

// npm run worker: the notification and analytics workers on DATABASE_URL, until stopped; `npm start` runs one beside the apps.
const worker = await startNotificationWorker();
console.info("[worker] Delivering the notification outbox");
const analytics = await startAnalyticsWorker();
console.info("[worker] Keeping the analytics figures fresh (every five minutes)");
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all([worker.stop(), analytics.stop()]);
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
