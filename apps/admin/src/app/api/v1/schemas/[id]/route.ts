import { getCredentialSchema } from "@vax/core";
import { adminApi } from "@/lib/api";

// GET /api/v1/schemas/{id} – a credential schema with every version
export const GET = adminApi<{ id: string }>("schema:read", ({ actor, params }) =>
  getCredentialSchema({ actor, schemaId: params.id }),
);
