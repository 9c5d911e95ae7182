import { exportDscList } from "@vax/core";
import { trustApi } from "@/lib/trust-api";

// GET /api/v1/trusted-issuers/export/dsc-list – our issuers' Document Signer Certificates as an EU DCC / GDHCN DSC list
export const GET = trustApi("trust:read", async ({ actor }) =>
  Response.json(await exportDscList({ actor }), {
    headers: { "content-disposition": 'attachment; filename="dsc-list.json"', "cache-control": "no-store" },
  }),
);
