import { env } from "@vax/config/env";
import type { TEmailSender } from "./email-sender";
import { smsDelivery, type TSmsDelivery } from "./sms-delivery";
import { smtpEmailSender } from "./smtp-email-sender";

/** How every message leaves the platform: the SMS delivery, and the e-mail sender (null when none is configured). */
export type TNotificationDelivery = TSmsDelivery & { email: TEmailSender | null };

const chooseEmailSender = (): TEmailSender | null => {
  if (!env.VAX_SMTP_URL) return null;
  if (!env.VAX_MAIL_FROM) {
    throw new Error("VAX_MAIL_FROM is not set: e-mail sent through VAX_SMTP_URL needs a From address; set it too");
  }
  return smtpEmailSender({ url: env.VAX_SMTP_URL, from: env.VAX_MAIL_FROM });
};

let chosen: TNotificationDelivery | undefined;

/**
 * The deployment's delivery, chosen once, here, from the environment: e-mail over SMTP when
 * VAX_SMTP_URL is set, SMS through the webhook when VAX_SMS_WEBHOOK_URL is. A channel without a
 * sender keeps its messages in the outbox, where a demo reads them.
 */
export const notificationDelivery = (): TNotificationDelivery => {
  chosen ??= { ...smsDelivery(), email: chooseEmailSender() };
  return chosen;
};
