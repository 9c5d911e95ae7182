import { z } from "zod";

/** The answer of `GET /api/health`: 200 when the database answers, 503 when it does not. */
export const ZHealth = z
  .object({
    status: z.enum(["ok", "degraded"]),
    app: z.enum(["admin", "facility", "citizen", "verify"]),
    database: z.enum(["ok", "down"]),
  })
  .meta({ id: "Health" });
