import { AppError, dccRevocationPartitions } from "@vax/core";
import { ZDccKid } from "@/lib/dcc-kid-path";
import { revocationListResponse } from "@/lib/revocation-list-response";

export const dynamic = "force-dynamic";

// GET /api/v1/dcc-revocation/lists/{kid}/partitions – the kid's partitions, chunks and slices (distribution service shape)
export const GET = async (request: Request, { params }: { params: Promise<{ kid: string }> }) => {
  const kid = ZDccKid.safeParse(decodeURIComponent((await params).kid));
  return revocationListResponse(request, async () => {
    if (!kid.success) throw new AppError("NOT_FOUND", "No such DCC revocation list");
    return dccRevocationPartitions({ kid: kid.data });
  });
};
