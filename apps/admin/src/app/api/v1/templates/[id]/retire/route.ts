import { retireCertificateTemplate } from "@vax/core";
import { adminApi } from "@/lib/api";

// POST /api/v1/templates/{id}/retire – retire a template no programme prints with any more
export const POST = adminApi<{ id: string }>("template:write", ({ actor, params }) =>
  retireCertificateTemplate({ actor, id: params.id }),
);
