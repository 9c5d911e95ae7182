import { parseBody } from "@vax/auth";
import { withVcApiClient } from "@vax/auth/vc-api-response";
import { issueVcCredential } from "@vax/core";
import { ZVcIssueRequest } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/credentials/issue – the W3C VC API's issue: a credential of a tenant's schema, signed and status-listed
export const POST = withVcApiClient(
  "credential:issue",
  async ({ request, actor }) => issueVcCredential({ actor, ...(await parseBody(request, ZVcIssueRequest)) }),
  201,
);
