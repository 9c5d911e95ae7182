import { buildApiDocument, commonOperations } from "@vax/core/openapi";
import { analyticsOperations } from "./analytics-operations";
import { bulkOperations } from "./bulk-operations";
import { certificateOperations } from "./certificate-operations";
import { governanceOperations } from "./governance-operations";
import { peopleOperations } from "./people-operations";
import { ruleOperations } from "./rule-operations";
import { schemaOperations } from "./schema-operations";
import { setupOperations } from "./setup-operations";
import { templateOperations } from "./template-operations";
import { trustOperations } from "./trust-operations";
import { webhookOperations } from "./webhook-operations";

/** The admin portal's OpenAPI document, served at `/api/openapi.json` and shown at `/api/docs`. */
export const adminApiDocument = () =>
  buildApiDocument({
    app: "admin",
    title: "Admin portal API",
    description:
      "Set up tenants, programmes, vaccines, facilities, users and API clients; edit certificate templates; search, correct, revoke and " +
      "suspend certificates; read feedback, analytics and the audit log; upload CSV files in bulk; manage, import and export the " +
      "issuers the verifier trusts. Called with the portal's session cookie (bulk uploads and trusted issuers also " +
      "with an API client's token).",
    version: "1",
    operations: [
      ...commonOperations(),
      ...setupOperations(),
      ...templateOperations(),
      ...peopleOperations(),
      ...certificateOperations(),
      ...governanceOperations(),
      ...ruleOperations(),
      ...schemaOperations(),
      ...webhookOperations(),
      ...analyticsOperations(),
      ...bulkOperations(),
      ...trustOperations(),
    ],
  });
