import { issuerJwks } from "@vax/core";
import { publicJson } from "@/lib/public-json";

export const dynamic = "force-dynamic";

// GET /tenants/{slug}/.well-known/jwks.json – the tenant's SMART Health Card keys, at the `iss` its cards name
export const GET = async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  return publicJson(() => issuerJwks({ slug }), { contentType: "application/jwk-set+json", maxAge: 60 });
};
