import { parseOptionalBody } from "@vax/auth";
import { retireCredentialSchema } from "@vax/core";
import { ZRetireSchemaInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/schemas/{id}/retire – retire a credential schema, or one version of it ({version})
export const POST = adminApi<{ id: string }>("schema:write", async ({ request, actor, params }) => {
  const { version } = await parseOptionalBody(request, ZRetireSchemaInput);
  return retireCredentialSchema({ actor, schemaId: params.id, ...(version ? { version } : {}) });
});
