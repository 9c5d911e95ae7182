import { z } from "zod";

/** A DSC kid in a path: 8 bytes in base64 or base64url, with or without padding. */
export const ZDccKid = z.string().regex(/^[A-Za-z0-9+/_-]{11}=?$/);

/** The path of a DCC revocation slice: the DSC's kid, the partition and the chunk. */
export const ZDccSlicePath = z.object({
  kid: ZDccKid,
  id: z.string().max(20),
  cid: z.string().max(20),
});
