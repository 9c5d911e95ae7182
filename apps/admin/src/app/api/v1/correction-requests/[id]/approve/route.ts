import { approveCorrectionRequest } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/correction-requests/{id}/approve – perform the correction a citizen asked for and tell them
export const POST = adminApi<{ id: string }>("correction-request:decide", ({ actor, params }) =>
  approveCorrectionRequest({ actor, id: params.id }),
);
