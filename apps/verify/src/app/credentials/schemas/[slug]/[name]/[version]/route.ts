import { publicSchemaContext } from "@vax/core";
import { publicJson } from "@/lib/public-json";

export const dynamic = "force-dynamic";

// GET /credentials/schemas/{slug}/{name}/v{n} – a tenant's schema version JSON-LD context, where its credentials name it
export const GET = async (
  _request: Request,
  { params }: { params: Promise<{ slug: string; name: string; version: string }> },
) => {
  const { slug, name, version } = await params;
  // A published version never changes, so a copy may be kept long.
  return publicJson(() => publicSchemaContext({ slug, name, version }), {
    maxAge: 86_400,
    contentType: "application/ld+json",
  });
};
