import { z } from "zod";

/** The body of every API error: a code to act on, a message for people, and per-field details. */
export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "VALIDATION_FAILED" }),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: "ErrorBody", description: "Every API error: a code to act on, a message for people, per-field details" });

/** An API error body. */
export type TErrorBody = z.infer<typeof ZErrorBody>;
