import { parseBody } from "@vax/auth";
import { revokeCertificate } from "@vax/core";
import { ZCertificateStatusChange } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/certificates/{id}/revoke – revoke a certificate for good, with the reason
export const POST = adminApi<{ id: string }>("certificate:revoke", async ({ request, actor, params }) => {
  const { reason } = await parseBody(request, ZCertificateStatusChange);
  return revokeCertificate({ actor, certificateId: params.id, reason });
});
