import { parseBody } from "@vax/auth";
import { getTrustedIssuer, updateTrustedIssuer } from "@vax/core";
import { ZTrustedIssuerInput } from "@vax/core/schemas";
import { trustApi } from "@/lib/trust-api";

// GET /api/v1/trusted-issuers/{id} – one trusted issuer with its keys
export const GET = trustApi<{ id: string }>("trust:read", ({ actor, params }) =>
  getTrustedIssuer({ actor, id: params.id }),
);

// PUT /api/v1/trusted-issuers/{id} – replace a trusted issuer's name, country, identifiers and keys
export const PUT = trustApi<{ id: string }>("trust:write", async ({ request, actor, params }) =>
  updateTrustedIssuer({ actor, id: params.id, input: await parseBody(request, ZTrustedIssuerInput) }),
);
