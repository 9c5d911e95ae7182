import { parseBody } from "@vax/auth";
import { reinstateCertificate } from "@vax/core";
import { ZCertificateStatusChange } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/certificates/{id}/reinstate – lift a certificate's suspension, with the reason
export const POST = adminApi<{ id: string }>("certificate:revoke", async ({ request, actor, params }) => {
  const { reason } = await parseBody(request, ZCertificateStatusChange);
  return reinstateCertificate({ actor, certificateId: params.id, reason });
});
