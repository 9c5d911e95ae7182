import { env, requireKeyEncryptionKey } from "@vax/config/env";
import { webhookSmsSender } from "./webhook-sms-sender";

/** Hands one SMS to whatever delivers it; throws when it could not. */
export type TSmsSender = { name: string; send: (sms: { to: string; body: string }) => Promise<void> };

/** How SMS messages (one-time codes) leave the platform. */
export type TSmsDelivery = {
  /** Demo mode: codes are kept in clear in the outbox and each message is written to the log. */
  demo: boolean;
  /** The sender; null when nothing is configured (in demo mode the outbox is then the delivery). */
  sender: TSmsSender | null;
  /** The key encryption key that seals codes waiting in the outbox outside demo mode. */
  keyEncryptionKey: () => string;
};

const chooseSender = (): TSmsSender | null => {
  if (!env.VAX_SMS_WEBHOOK_URL) return null;
  if (!env.VAX_SMS_WEBHOOK_SECRET) {
    throw new Error("VAX_SMS_WEBHOOK_SECRET is not set: the SMS webhook's requests are signed with it; set it too");
  }
  return webhookSmsSender({ url: env.VAX_SMS_WEBHOOK_URL, secret: env.VAX_SMS_WEBHOOK_SECRET });
};

let chosen: TSmsDelivery | undefined;

/**
 * The deployment's SMS delivery, chosen once, here, from the environment: the webhook when
 * VAX_SMS_WEBHOOK_URL is set; otherwise none, which in demo mode means the outbox table and the
 * log are where a code is read, and outside it means codes wait, sealed, until a sender is set.
 */
export const smsDelivery = (): TSmsDelivery => {
  chosen ??= { demo: env.VAX_DEMO, sender: chooseSender(), keyEncryptionKey: requireKeyEncryptionKey };
  return chosen;
};
