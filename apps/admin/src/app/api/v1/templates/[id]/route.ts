import { getCertificateTemplate } from "@vax/core";
import { adminApi } from "@/lib/api";

// GET /api/v1/templates/{id} – one template with every version and its latest settings
export const GET = adminApi<{ id: string }>("template:read", ({ actor, params }) =>
  getCertificateTemplate({ actor, id: params.id }),
);
