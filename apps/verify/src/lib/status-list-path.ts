import { z } from "zod";

/** The path of a tenant's status list: `/tenants/{slug}/status/{revocation|suspension}/{n}`. */
export const ZStatusListPath = z.object({
  slug: z.string().min(1).max(100),
  purpose: z
    .enum(["revocation", "suspension"])
    .transform((purpose): "REVOCATION" | "SUSPENSION" => (purpose === "revocation" ? "REVOCATION" : "SUSPENSION")),
  number: z.coerce.number().int().min(1).max(1_000_000),
});

/** The raw route parameters of a status list path. */
export type TStatusListParams = { slug: string; purpose: string; number: string };
