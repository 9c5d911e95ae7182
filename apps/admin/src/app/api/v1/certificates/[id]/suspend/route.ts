import { parseBody } from "@vax/auth";
import { suspendCertificate } from "@vax/core";
import { ZCertificateStatusChange } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/certificates/{id}/suspend – suspend a certificate until reinstated, or until the time given
export const POST = adminApi<{ id: string }>("certificate:revoke", async ({ request, actor, params }) => {
  const { reason, until } = await parseBody(request, ZCertificateStatusChange);
  return suspendCertificate({ actor, certificateId: params.id, reason, until });
});
