import { parseBody } from "@vax/auth";
import { rejectCorrectionRequest } from "@vax/core";
import { ZRejectCorrectionRequestInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/correction-requests/{id}/reject – refuse a correction request with the reason the citizen is told
export const POST = adminApi<{ id: string }>("correction-request:decide", async ({ request, actor, params }) =>
  rejectCorrectionRequest({ actor, id: params.id, input: await parseBody(request, ZRejectCorrectionRequestInput) }),
);
