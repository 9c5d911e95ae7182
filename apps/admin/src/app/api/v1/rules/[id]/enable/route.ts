import { setBusinessRuleActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/rules/{id}/enable – apply a disabled rule again
export const POST = adminApi<{ id: string }>("rule:write", ({ actor, params }) =>
  setBusinessRuleActive({ actor, id: params.id, active: true }),
);
