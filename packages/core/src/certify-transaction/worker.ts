// The certify worker's door, kept out of @vax/core's main entry so the apps never bundle pg-boss.
export {
  DELIVERY_TIMEOUT_MS,
  type DeliverWebhookOptions,
  deliverWebhook,
  MAX_WEBHOOK_ATTEMPTS,
  type TWebhookOutcome,
} from "./deliver-webhook";
export { type QueuePendingWorkOptions, queuePendingWork } from "./queue-pending-work";
export {
  MAX_CERTIFY_ATTEMPTS,
  type RunCertifyTransactionOptions,
  runCertifyTransaction,
  type TCertifyOutcome,
} from "./run-certify-transaction";
export {
  CERTIFY_QUEUE,
  type StartCertifyWorkerOptions,
  startCertifyWorker,
  type TCertifyWorker,
  WEBHOOK_QUEUE,
} from "./start-certify-worker";
