import { parseBody } from "@vax/auth";
import { changeCredentialStatus } from "@vax/core";
import { ZCertificateStatusChange } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/certificates/{id}/revoke – revoke a certificate for good, with the reason (or a credential issued under a schema, a test report: ids come from one space)
export const POST = adminApi<{ id: string }>("certificate:revoke", async ({ request, actor, params }) => {
  const { reason } = await parseBody(request, ZCertificateStatusChange);
  return changeCredentialStatus({ actor, certificateId: params.id, kind: "revoke", reason });
});
