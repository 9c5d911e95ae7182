import { setTrustedIssuerActive } from "@vax/core";
import { trustApi } from "@/lib/trust-api";

// POST /api/v1/trusted-issuers/{id}/deactivate – disable a trusted issuer: its certificates stop verifying
export const POST = trustApi<{ id: string }>("trust:write", ({ actor, params }) =>
  setTrustedIssuerActive({ actor, id: params.id, active: false }),
);
