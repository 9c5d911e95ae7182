import { parseBody } from "@vax/auth";
import { withApiClient } from "@vax/auth/with-api-client";
import { changeCredentialStatus } from "@vax/core";
import { ZCertificateStatusChange } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/certificates/{certificateId}/revoke – revoke a certificate (or a credential issued under a schema, a test report: ids come from one space)
export const POST = withApiClient<{ id: string }>("certificate:revoke", async ({ request, actor, params }) => {
  const { reason } = await parseBody(request, ZCertificateStatusChange);
  const { certificateId, status } = await changeCredentialStatus({
    kind: "revoke",
    actor,
    certificateId: params.id,
    reason,
  });
  return { certificateId, status };
});
