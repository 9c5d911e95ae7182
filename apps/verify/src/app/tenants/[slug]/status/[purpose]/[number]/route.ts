import { AppError, statusListCredential } from "@vax/core";
import { z } from "zod";
import { publicJson } from "@/lib/public-json";

export const dynamic = "force-dynamic";

const ZStatusListPath = z.object({
  slug: z.string().min(1),
  purpose: z
    .enum(["revocation", "suspension"])
    .transform((purpose): "REVOCATION" | "SUSPENSION" => (purpose === "revocation" ? "REVOCATION" : "SUSPENSION")),
  number: z.coerce.number().int().min(1),
});

type TParams = { slug: string; purpose: string; number: string };

// GET /tenants/{slug}/status/{revocation|suspension}/{n} – the signed status list credential certificates point at
export const GET = async (_request: Request, { params }: { params: Promise<TParams> }) => {
  const parsed = ZStatusListPath.safeParse(await params);
  // Cached briefly: a revocation reaches verifiers within a minute, and lists stay cheap to serve.
  return publicJson(
    async () => {
      if (!parsed.success) throw new AppError("NOT_FOUND", "No such status list");
      return statusListCredential(parsed.data);
    },
    { maxAge: 60 },
  );
};
