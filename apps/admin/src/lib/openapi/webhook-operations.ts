import { type TApiOperation, ZIdPath } from "@vax/core/openapi";
import {
  ZApiClientWebhookAnswer,
  ZApiClientWebhookInput,
  ZApiClientWebhookRemoved,
  ZApiClientWebhookSet,
} from "@vax/core/schemas";

const byId = {
  path: "/api/v1/api-clients/{id}/webhook",
  tag: "API clients",
  auth: "session",
  pathParams: ZIdPath,
  errors: { 404: "No such API client in the caller's tenant" },
} as const;

/** The operations on an API client's webhook, where its finished asynchronous certify calls are posted. */
export const webhookOperations = (): TApiOperation[] => [
  {
    ...byId,
    method: "get",
    permission: "api-client:read",
    summary: "An API client's webhook (never its secret) and its latest deliveries, newest first",
    success: { status: 200, description: "The webhook and its deliveries", schema: ZApiClientWebhookAnswer },
  },
  {
    ...byId,
    method: "put",
    permission: "api-client:write",
    summary: "Set the webhook URL; a new signing secret is made and shown this once",
    description:
      "Each finished asynchronous certify transaction is posted to it as `{transactionId, status, certificates?, " +
      "errors?}`, signed with HMAC-SHA256 of the body (hex) in `X-Vax-Signature`. In production the URL must be https.",
    body: { schema: ZApiClientWebhookInput },
    success: { status: 200, description: "The webhook and its secret", schema: ZApiClientWebhookSet },
  },
  {
    ...byId,
    method: "delete",
    permission: "api-client:write",
    summary: "Remove the webhook; callbacks not yet delivered end as failed",
    success: { status: 200, description: "Whether there was a webhook", schema: ZApiClientWebhookRemoved },
  },
];
