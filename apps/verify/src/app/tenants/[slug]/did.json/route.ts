import { issuerDidDocument } from "@vax/core";
import { publicJson } from "@/lib/public-json";

export const dynamic = "force-dynamic";

// GET /tenants/{slug}/did.json – the tenant issuer's did:web DID document (where did:web resolves it)
export const GET = async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  return publicJson(() => issuerDidDocument({ slug }), { contentType: "application/did+json", maxAge: 60 });
};
