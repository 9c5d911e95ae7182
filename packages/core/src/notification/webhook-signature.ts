import { createHmac } from "node:crypto";

/** The signature of a webhook's raw body: HMAC-SHA256 under the webhook's secret, in hex, sent as X-Vax-Signature. */
export const webhookSignature = (rawBody: string, secret: string): string =>
  createHmac("sha256", secret).update(rawBody).digest("hex");
