import { postSignedJson } from "./post-signed-json";
import type { TSmsSender } from "./sms-delivery";

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
    // The answer is never logged: only its status is looked at.
    const { ok, status } = await postSignedJson({ url, secret, body: JSON.stringify({ to, body }), timeoutMs });
    if (!ok) throw new Error(`The SMS webhook answered ${status}`);
  },
});
