import { z } from "zod";

/** A DSC kid in a path: 8 bytes in base64 or base64url, with or without padding. */
export const ZDccKid = z.string().regex(/^[A-Za-z0-9+/_-]{11}=?$/);
