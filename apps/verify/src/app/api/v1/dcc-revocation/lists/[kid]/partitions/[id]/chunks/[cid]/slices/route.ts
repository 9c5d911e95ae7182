import { AppError, dccRevocationSlice } from "@vax/core";
import { ZDccSlicePath } from "@/lib/dcc-kid-path";
import { revocationListResponse } from "@/lib/revocation-list-response";

export const dynamic = "force-dynamic";

type TParams = { kid: string; id: string; cid: string };

// GET /api/v1/dcc-revocation/lists/{kid}/partitions/{id}/chunks/{cid}/slices – the chunk's VARHASHLIST slices, gzipped
export const GET = async (request: Request, { params }: { params: Promise<TParams> }) => {
  const raw = await params;
  const parsed = ZDccSlicePath.safeParse({ ...raw, kid: decodeURIComponent(raw.kid) });
  return revocationListResponse(
    request,
    async () => {
      if (!parsed.success) throw new AppError("NOT_FOUND", "No such DCC revocation slice");
      const { kid, id, cid } = parsed.data;
      return dccRevocationSlice({ kid, partition: id, chunk: cid });
    },
    { binary: true },
  );
};
