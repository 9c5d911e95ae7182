import { parseBody } from "@vax/auth";
import { previewCorrection } from "@vax/core";
import { adminApi } from "@/lib/api";
import { ZCorrectionPreviewRequest } from "@/lib/correction-request";

// POST /api/v1/certificates/{id}/correction-preview – the unsigned credential a correction would issue, changing nothing
export const POST = adminApi<{ id: string }>("certificate:correct", async ({ request, actor, params }) => {
  const { changes } = await parseBody(request, ZCorrectionPreviewRequest);
  return { credential: await previewCorrection({ actor, certificateId: params.id, changes }) };
});
