import { deliverPendingSms } from "./deliver-pending-sms";
import { smsDelivery } from "./sms-delivery";

/** How often the outbox is swept for SMS messages still to send. */
export const SMS_SWEEP_INTERVAL_MS = 30_000;

/**
 * Starts sending SMS messages from the process that asks for one-time codes (the citizen app):
 * a sweep of the outbox every half minute for what was missed or failed. Without a sender it says
 * once, at start, what that means, and sweeps nothing. Returns what stops the sweep.
 */
export const startSmsDelivery = (): (() => void) => {
  const delivery = smsDelivery();
  if (!delivery.sender) {
    if (!delivery.demo) {
      console.warn(
        "[sms] No SMS sender is configured (VAX_SMS_WEBHOOK_URL): one-time codes wait, sealed, in the notification outbox and no citizen can sign in until one is set",
      );
    }
    return () => undefined;
  }
  console.info(`[sms] Sending SMS through the ${delivery.sender.name}`);
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    deliverPendingSms({ delivery })
      .catch((error: unknown) => console.error("[sms] The outbox sweep failed", error))
      .finally(() => {
        sweeping = false;
      });
  }, SMS_SWEEP_INTERVAL_MS);
  // The sweep must never keep a stopping process alive.
  timer.unref();
  return () => clearInterval(timer);
};
