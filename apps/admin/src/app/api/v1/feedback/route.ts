import { parseQuery } from "@vax/auth";
import { listFeedback } from "@vax/core";
import { ZFeedbackQuery } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/feedback – citizens' feedback on their vaccinations, newest first, for one facility or all
export const GET = adminApi("feedback:read", ({ request, actor }) =>
  listFeedback({ actor, query: parseQuery(request, ZFeedbackQuery) }),
);
