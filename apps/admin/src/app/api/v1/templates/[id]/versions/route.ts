import { parseBody } from "@vax/auth";
import { saveCertificateTemplateVersion } from "@vax/core";
import { TEMPLATE_BODY_LIMIT, ZTemplateSettingsInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/templates/{id}/versions – save edited settings as the template's next version
export const POST = adminApi<{ id: string }>("template:write", async ({ request, actor, params }) => {
  const { settings } = await parseBody(request, ZTemplateSettingsInput, { maxBytes: TEMPLATE_BODY_LIMIT });
  return Response.json(await saveCertificateTemplateVersion({ actor, id: params.id, settings }), { status: 201 });
});
