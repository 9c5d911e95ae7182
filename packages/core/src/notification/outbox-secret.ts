import { isSealedSecret, openSecret, sealSecret } from "@vax/credentials/keys";
import type { TSmsDelivery } from "./sms-delivery";

const PURPOSE = "notification-secret";

/** Where a message's secret goes in its text. */
export const SECRET_PLACEHOLDER = "{code}";

/** The form a message's secret (a one-time code) is kept in the outbox: in clear in demo mode, sealed otherwise. */
export const keepSecret = (secret: string, delivery: TSmsDelivery): string =>
  delivery.demo ? secret : sealSecret(secret, delivery.keyEncryptionKey(), PURPOSE);

/** A kept secret back in clear, whichever form it was kept in. */
export const revealSecret = (kept: string, delivery: TSmsDelivery): string =>
  isSealedSecret(kept) ? openSecret(kept, delivery.keyEncryptionKey(), PURPOSE) : kept;

/** A message's text with its secret in place. */
export const fillMessage = (body: string, secret: string | null): string =>
  secret === null ? body : body.replaceAll(SECRET_PLACEHOLDER, secret);
