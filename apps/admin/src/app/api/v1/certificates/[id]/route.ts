import { getCertificate } from "@vax/core";
import { adminApi } from "@/lib/api";

// GET /api/v1/certificates/{id} – one certificate (by row id or certificate id) with its recipient, doses and history
export const GET = adminApi<{ id: string }>("certificate:read", ({ actor, params }) =>
  getCertificate({ actor, id: params.id }),
);
