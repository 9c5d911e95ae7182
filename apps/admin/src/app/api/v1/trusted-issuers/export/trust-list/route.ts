import { exportTrustList } from "@vax/core";
import { trustApi } from "@/lib/trust-api";

// GET /api/v1/trusted-issuers/export/trust-list – the whole trust list in our format, as a file to download
export const GET = trustApi("trust:read", async ({ actor }) =>
  Response.json(await exportTrustList({ actor }), {
    headers: { "content-disposition": 'attachment; filename="trust-list.json"', "cache-control": "no-store" },
  }),
);
