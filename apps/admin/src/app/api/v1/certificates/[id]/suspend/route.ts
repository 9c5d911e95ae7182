import { parseBody } from "@vax/auth";
import { changeCredentialStatus } from "@vax/core";
import { ZCertificateStatusChange } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/certificates/{id}/suspend – suspend a certificate until reinstated, or until the time given (or a credential issued under a schema, a test report, until reinstated: ids come from one space)
export const POST = adminApi<{ id: string }>("certificate:revoke", async ({ request, actor, params }) => {
  const { reason, until } = await parseBody(request, ZCertificateStatusChange);
  return changeCredentialStatus({ actor, certificateId: params.id, kind: "suspend", reason, until });
});
