import { withApiClient } from "@vax/auth/with-api-client";
import { revokePreEnrolmentDoses } from "@vax/core";
import { ZDivocRevokeQuery } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

const DEFAULT_REASON = "Revoked by the certifying system through the certificate API";

// DELETE /api/v1/certificates/{preEnrollmentCode}?doses=1,2 | ?allDoses=true – DIVOC's revoke of a pre-enrolment's doses
export const DELETE = withApiClient<{ id: string }>("certificate:revoke", async ({ request, actor, params }) => {
  const query = ZDivocRevokeQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const certificates = await revokePreEnrolmentDoses({
    actor,
    preEnrollmentCode: params.id,
    doses: query.doses ?? "all",
    reason: query.reason ?? DEFAULT_REASON,
  });
  return { certificates };
});
