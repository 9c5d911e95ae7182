import { startNotificationWorker } from "@vax/core/notification-worker";

// npm run worker: the notification worker on DATABASE_URL, until stopped; `npm start` runs one beside the apps.
const worker = await startNotificationWorker();
console.info("[worker] Delivering the notification outbox");
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
