import type { TSmsSender } from "./sms-delivery";
import { webhookSignature } from "./webhook-signature";

/** Options for {@link webhookSmsSender}: where to post and the key to sign with. */
export type WebhookSmsSenderOptions = { url: string; secret: string; timeoutMs?: number };

/**
 * An SMS sender that posts `{to, body}` as JSON to the deployment's SMS gateway, signed with
 * HMAC-SHA256 of the raw body in X-Vax-Signature so the gateway can tell the platform's requests
 * from anyone else's. Any answer but 2xx, or none within the timeout, is a failure to retry.
 */
export const webhookSmsSender = ({ url, secret, timeoutMs = 5_000 }: WebhookSmsSenderOptions): TSmsSender => ({
  name: `SMS webhook ${new URL(url).origin}`,
  send: async ({ to, body }) => {
    const rawBody = JSON.stringify({ to, body });
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-vax-signature": webhookSignature(rawBody, secret) },
      body: rawBody,
      redirect: "error",
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer is read and dropped so the connection can be reused; it is never logged.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`The SMS webhook answered ${response.status}`);
  },
});
