import { setTrustedIssuerActive } from "@vax/core";
import { trustApi } from "@/lib/trust-api";

// POST /api/v1/trusted-issuers/{id}/reactivate – trust a disabled issuer again
export const POST = trustApi<{ id: string }>("trust:write", ({ actor, params }) =>
  setTrustedIssuerActive({ actor, id: params.id, active: true }),
);
