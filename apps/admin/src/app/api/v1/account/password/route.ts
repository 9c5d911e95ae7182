import { parseBody } from "@vax/auth";
import { changeOwnPassword } from "@vax/core";
import { ZPasswordChangeInput } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// POST /api/v1/account/password – replace one's own password (the only call a one-time password allows)
export const POST = adminApi(null, async ({ request, actor }) =>
  changeOwnPassword({ actor, input: await parseBody(request, ZPasswordChangeInput) }),
);
