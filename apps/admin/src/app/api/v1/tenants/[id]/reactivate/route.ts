import { setTenantActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/tenants/{id}/reactivate – let a deactivated tenant work again
export const POST = adminApi<{ id: string }>("tenant:write", ({ actor, params }) =>
  setTenantActive({ actor, id: params.id, active: true }),
);
