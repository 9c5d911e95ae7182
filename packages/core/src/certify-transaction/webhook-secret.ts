/** What a webhook's signing secret is sealed for, so a sealed secret of another kind never opens as one. */
export const WEBHOOK_SECRET_PURPOSE = "api-client-webhook-secret";
