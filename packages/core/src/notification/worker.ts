// The notification worker's door, kept out of @vax/core's main entry so the apps never bundle pg-boss or nodemailer.
export {
  type DeliverNotificationOptions,
  deliverNotification,
  MAX_SEND_ATTEMPTS,
  type TDeliveryOutcome,
} from "./deliver-notification";
export type { TEmail, TEmailAttachment, TEmailSender } from "./email-sender";
export { notificationDelivery, type TNotificationDelivery } from "./notification-delivery";
export { type SmtpEmailSenderOptions, smtpEmailSender } from "./smtp-email-sender";
export {
  NOTIFICATION_QUEUE,
  type StartNotificationWorkerOptions,
  startNotificationWorker,
  type TNotificationWorker,
} from "./start-notification-worker";
