import { parseBody } from "@vax/auth";
import { withVcApiClient } from "@vax/auth/vc-api-response";
import { updateCredentialStatus } from "@vax/core";
import { ZVcStatusRequest } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/credentials/status – the W3C VC API's status update: revoke, suspend or reinstate a credential
export const POST = withVcApiClient("certificate:revoke", async ({ request, actor }) =>
  updateCredentialStatus({ actor, ...(await parseBody(request, ZVcStatusRequest)) }),
);
