import { AppError, shcRevocationList } from "@vax/core";
import { z } from "zod";
import { revocationListResponse } from "@/lib/revocation-list-response";

export const dynamic = "force-dynamic";

// The kid is an RFC 7638 thumbprint: 43 base64url characters.
const ZCrlPath = z.object({
  slug: z.string().min(1).max(100),
  file: z.string().regex(/^[A-Za-z0-9_-]{16,64}\.json$/),
});

// GET /tenants/{slug}/.well-known/crl/{kid}.json – the SMART Health Card revocation list of the issuer's key
export const GET = async (request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) => {
  const parsed = ZCrlPath.safeParse(await params);
  return revocationListResponse(request, async () => {
    if (!parsed.success) throw new AppError("NOT_FOUND", "No such revocation list");
    return shcRevocationList({ slug: parsed.data.slug, kid: parsed.data.file.slice(0, -".json".length) });
  });
};
