import { parseBody } from "@vax/auth";
import { addSchemaVersion } from "@vax/core";
import { ZSchemaVersionInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// A JSON Schema may take 64 KiB; the rest of the body is small beside it.
const SCHEMA_BODY_LIMIT = { maxBytes: 128 * 1024 };

// POST /api/v1/schemas/{id}/versions – publish the next version of a credential schema
export const POST = adminApi<{ id: string }>("schema:write", async ({ request, actor, params }) =>
  Response.json(
    await addSchemaVersion({
      actor,
      schemaId: params.id,
      input: await parseBody(request, ZSchemaVersionInput, SCHEMA_BODY_LIMIT),
    }),
    { status: 201 },
  ),
);
