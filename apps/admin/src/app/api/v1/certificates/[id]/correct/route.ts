import { parseBody } from "@vax/auth";
import { correctCertificate } from "@vax/core";
import { adminApi } from "@/lib/api";
import { ZCorrectionRequest } from "@/lib/correction-request";

// POST /api/v1/certificates/{id}/correct – issue a corrected version of a certificate, superseding it
export const POST = adminApi<{ id: string }>("certificate:correct", async ({ request, actor, params }) => {
  const { changes, reason } = await parseBody(request, ZCorrectionRequest);
  return correctCertificate({ actor, certificateId: params.id, changes, reason });
});
