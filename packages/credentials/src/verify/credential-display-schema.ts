import { z } from "zod";

/**
 * How a trust entry says its schemas' credentials are shown, by credential type, as read from a published trust
 * list: bounded, since a list comes over the network and a verifier renders what it says.
 */
export const ZCredentialDisplays = z.record(
  z.string().max(200),
  z.object({
    title: z.string().max(200),
    fields: z
      .array(z.object({ path: z.string().max(200), label: z.string().max(200), kind: z.enum(["text", "date"]) }))
      .max(50),
  }),
);
