import { z } from "zod";

/** The largest webhook URL kept. */
const MAX_URL_LENGTH = 2_000;

/** An admin's webhook for an API client: where finished asynchronous certify transactions are posted. */
export const ZApiClientWebhookInput = z.object({
  url: z
    .string({ error: "The webhook URL is required" })
    .trim()
    .max(MAX_URL_LENGTH, `The webhook URL is at most ${MAX_URL_LENGTH} characters`)
    .pipe(z.url({ protocol: /^https?$/, error: "The webhook URL must be an http(s) URL" })),
});

/** A webhook to set. */
export type TApiClientWebhookInput = z.infer<typeof ZApiClientWebhookInput>;

/** An API client's webhook as the admin portal shows it; the signing secret is never shown again. */
export const ZApiClientWebhookView = z
  .object({ url: z.string(), createdAt: z.string(), updatedAt: z.string() })
  .meta({ id: "ApiClientWebhook" });

/** A webhook as shown. */
export type TApiClientWebhookView = z.infer<typeof ZApiClientWebhookView>;

/** The answer of setting a webhook: it and its signing secret, shown this once. */
export const ZApiClientWebhookSet = z
  .object({
    webhook: ZApiClientWebhookView,
    secret: z.string().meta({ description: "The HMAC-SHA256 key of X-Vax-Signature, shown this once" }),
  })
  .meta({ id: "ApiClientWebhookSet" });

/** A set webhook and its secret. */
export type TApiClientWebhookSet = z.infer<typeof ZApiClientWebhookSet>;

/** One callback to a webhook, as the admin portal shows it. */
export const ZWebhookDeliveryView = z
  .object({
    id: z.string(),
    transactionId: z.string(),
    url: z.string(),
    status: z.enum(["pending", "sending", "delivered", "failed"]),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "WebhookDelivery" });

/** A delivery as shown. */
export type TWebhookDeliveryView = z.infer<typeof ZWebhookDeliveryView>;

/** An API client's webhook (or null) and its latest deliveries, newest first. */
export const ZApiClientWebhookAnswer = z
  .object({ webhook: ZApiClientWebhookView.nullable(), deliveries: z.array(ZWebhookDeliveryView) })
  .meta({ id: "ApiClientWebhookAnswer" });

/** The webhook page's data. */
export type TApiClientWebhookAnswer = z.infer<typeof ZApiClientWebhookAnswer>;

/** The answer of removing a webhook: whether there was one. */
export const ZApiClientWebhookRemoved = z.object({ removed: z.boolean() }).meta({ id: "ApiClientWebhookRemoved" });
