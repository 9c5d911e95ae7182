export type {
  TCertificateEvent,
  TCertificateNoticeFacts,
  TCertificateNoticeText,
} from "./certificate-notice-text";
export {
  type QueueCertificateNoticeOptions,
  type QueueCertificateNoticesOptions,
  queueCertificateNotice,
  queueCertificateNotices,
} from "./queue-certificate-notice";
export { type QueueMessageOptions, queueMessage, type TMessageAddress } from "./queue-message";
export { smsDelivery, type TSmsDelivery, type TSmsSender } from "./sms-delivery";
export { webhookSignature } from "./webhook-signature";
export { type WebhookSmsSenderOptions, webhookSmsSender } from "./webhook-sms-sender";
