import { parseBody } from "@vax/auth";
import { withApiClient } from "@vax/auth/with-api-client";
import { changeCredentialStatus } from "@vax/core";
import { ZCertificateStatusChange } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/certificates/{certificateId}/suspend – suspend a certificate, until reinstated or until a time (or a credential issued under a schema, a test report, until reinstated: ids come from one space)
export const POST = withApiClient<{ id: string }>("certificate:revoke", async ({ request, actor, params }) => {
  const { reason, until } = await parseBody(request, ZCertificateStatusChange);
  const { certificateId, status, suspendedUntil } = await changeCredentialStatus({
    kind: "suspend",
    actor,
    certificateId: params.id,
    reason,
    until,
  });
  return { certificateId, status, suspendedUntil };
});
