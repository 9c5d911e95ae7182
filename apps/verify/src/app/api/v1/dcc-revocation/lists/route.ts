import { dccRevocationListOverview } from "@vax/core";
import { revocationListResponse } from "@/lib/revocation-list-response";

export const dynamic = "force-dynamic";

// GET /api/v1/dcc-revocation/lists – the EU DCC revocation lists, one per DSC kid (the distribution service's /lists)
export const GET = (request: Request) => revocationListResponse(request, () => dccRevocationListOverview());
