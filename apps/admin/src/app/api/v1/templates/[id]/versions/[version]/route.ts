import { getCertificateTemplateVersion } from "@vax/core";
import { ZTemplateVersionPath } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/templates/{id}/versions/{version} – one saved version, its settings as saved
export const GET = adminApi<{ id: string; version: string }>("template:read", ({ actor, params }) =>
  getCertificateTemplateVersion({ actor, ...ZTemplateVersionPath.parse(params) }),
);
