import { parseBody } from "@vax/auth";
import { createCredentialSchema, listCredentialSchemas } from "@vax/core";
import { ZCredentialSchemaInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// A JSON Schema may take 64 KiB; the rest of the body is small beside it.
const SCHEMA_BODY_LIMIT = { maxBytes: 128 * 1024 };

// GET /api/v1/schemas – the built-in credential schemas and the tenant's own, with their versions
export const GET = adminApi("schema:read", async ({ actor }) => ({ items: await listCredentialSchemas({ actor }) }));

// POST /api/v1/schemas – create a credential schema and publish its first version
export const POST = adminApi("schema:write", async ({ request, actor }) =>
  Response.json(
    await createCredentialSchema({ actor, input: await parseBody(request, ZCredentialSchemaInput, SCHEMA_BODY_LIMIT) }),
    {
      status: 201,
    },
  ),
);
