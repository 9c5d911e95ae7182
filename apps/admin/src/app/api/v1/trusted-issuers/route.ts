import { parseBody, parseQuery } from "@vax/auth";
import { createTrustedIssuer, listTrustedIssuers } from "@vax/core";
import { ZListQuery, ZTrustedIssuerInput } from "@vax/core/schemas";
import { trustApi } from "@/lib/trust-api";

// GET /api/v1/trusted-issuers – search, sort and page the trusted issuers the caller manages
export const GET = trustApi("trust:read", ({ request, actor }) =>
  listTrustedIssuers({ actor, query: parseQuery(request, ZListQuery) }),
);

// POST /api/v1/trusted-issuers – trust an issuer entered by hand
export const POST = trustApi("trust:write", async ({ request, actor }) =>
  Response.json(await createTrustedIssuer({ actor, input: await parseBody(request, ZTrustedIssuerInput) }), {
    status: 201,
  }),
);
