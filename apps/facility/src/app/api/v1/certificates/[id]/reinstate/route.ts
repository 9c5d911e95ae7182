import { parseBody } from "@vax/auth";
import { withApiClient } from "@vax/auth/with-api-client";
import { reinstateCertificate } from "@vax/core";
import { ZCertificateStatusChange } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/certificates/{certificateId}/reinstate – end a certificate's suspension
export const POST = withApiClient<{ id: string }>("certificate:revoke", async ({ request, actor, params }) => {
  const { reason } = await parseBody(request, ZCertificateStatusChange);
  const { certificateId, status } = await reinstateCertificate({ actor, certificateId: params.id, reason });
  return { certificateId, status };
});
