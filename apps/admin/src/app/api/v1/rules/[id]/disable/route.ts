import { setBusinessRuleActive } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/rules/{id}/disable – stop applying a rule (every version of its identifier)
export const POST = adminApi<{ id: string }>("rule:write", ({ actor, params }) =>
  setBusinessRuleActive({ actor, id: params.id, active: false }),
);
