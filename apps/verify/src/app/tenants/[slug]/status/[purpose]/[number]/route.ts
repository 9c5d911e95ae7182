import { AppError, statusListCredential } from "@vax/core";
import { statusDocumentResponse } from "@/lib/status-document-response";
import { type TStatusListParams, ZStatusListPath } from "@/lib/status-list-path";

export const dynamic = "force-dynamic";

// GET /tenants/{slug}/status/{revocation|suspension}/{n} – the signed status list credential certificates point at
export const GET = async (request: Request, { params }: { params: Promise<TStatusListParams> }) => {
  const parsed = ZStatusListPath.safeParse(await params);
  return statusDocumentResponse(request, async () => {
    if (!parsed.success) throw new AppError("NOT_FOUND", "No such status list");
    return statusListCredential(parsed.data);
  });
};
