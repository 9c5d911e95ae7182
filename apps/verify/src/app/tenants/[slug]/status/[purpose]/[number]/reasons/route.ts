import { AppError, statusListReasons } from "@vax/core";
import { statusDocumentResponse } from "@/lib/status-document-response";
import { type TStatusListParams, ZStatusListPath } from "@/lib/status-list-path";

export const dynamic = "force-dynamic";

// GET /tenants/{slug}/status/{revocation|suspension}/{n}/reasons – the list's signed companion: superseded, suspended until
export const GET = async (request: Request, { params }: { params: Promise<TStatusListParams> }) => {
  const parsed = ZStatusListPath.safeParse(await params);
  return statusDocumentResponse(request, async () => {
    if (!parsed.success) throw new AppError("NOT_FOUND", "No such status list");
    return statusListReasons(parsed.data);
  });
};
