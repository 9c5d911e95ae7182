export { type DeliverPendingSmsOptions, deliverPendingSms } from "./deliver-pending-sms";
export { type DeliverSmsOptions, deliverSms, MAX_SEND_ATTEMPTS, type TSmsOutcome } from "./deliver-sms";
export { smsDelivery, type TSmsDelivery, type TSmsSender } from "./sms-delivery";
export { SMS_SWEEP_INTERVAL_MS, startSmsDelivery } from "./start-sms-delivery";
export { webhookSignature } from "./webhook-signature";
export { type WebhookSmsSenderOptions, webhookSmsSender } from "./webhook-sms-sender";
