import { parseBody, parseQuery } from "@vax/auth";
import { previewCertificateTemplate } from "@vax/core";
import { TEMPLATE_BODY_LIMIT, ZTemplatePreviewInput, ZTemplatePreviewQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/templates/preview?lang= – the PDF the posted settings print, drawn with a sample of the schema's credential
export const POST = adminApi("template:write", async ({ request, actor }) => {
  const { settings, schemaId } = await parseBody(request, ZTemplatePreviewInput, { maxBytes: TEMPLATE_BODY_LIMIT });
  const { lang } = parseQuery(request, ZTemplatePreviewQuery);
  const pdf = await previewCertificateTemplate({ actor, settings, lang, schemaId: schemaId ?? null });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": 'inline; filename="template-preview.pdf"',
      "cache-control": "no-store",
    },
  });
});
