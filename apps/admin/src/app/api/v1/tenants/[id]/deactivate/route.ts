import { setTenantActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/tenants/{id}/deactivate – stop a tenant: its users, tokens and certificates stop working
export const POST = adminApi<{ id: string }>("tenant:write", ({ actor, params }) =>
  setTenantActive({ actor, id: params.id, active: false }),
);
