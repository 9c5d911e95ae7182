import { parseBody, parseQuery } from "@vax/auth";
import { createCertificateTemplate, listCertificateTemplates } from "@vax/core";
import { TEMPLATE_BODY_LIMIT, ZListQuery, ZTemplateCreateInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/templates – search, sort and page the tenant's certificate templates
export const GET = adminApi("template:read", ({ request, actor }) =>
  listCertificateTemplates({ actor, query: parseQuery(request, ZListQuery) }),
);

// POST /api/v1/templates – create a certificate template with its version 1
export const POST = adminApi("template:write", async ({ request, actor }) =>
  Response.json(
    await createCertificateTemplate({
      actor,
      input: await parseBody(request, ZTemplateCreateInput, { maxBytes: TEMPLATE_BODY_LIMIT }),
    }),
    { status: 201 },
  ),
);
