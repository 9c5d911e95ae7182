import { parseQuery } from "@vax/auth";
import { searchCertificates } from "@vax/core";
import { ZCertificateSearch } from "@vax/core/schemas";
import { adminApi } from "@/lib/api";

// GET /api/v1/certificates?q=&page= – find the tenant's certificates by certificate id, mobile, identity number or name
export const GET = adminApi("certificate:read", ({ request, actor }) =>
  searchCertificates({ actor, query: parseQuery(request, ZCertificateSearch) }),
);
