import { deflateSync } from "node:zlib";
import { encodeBase45 } from "../codecs/base45.ts";

/**
 * The native QR text of a signed credential's JSON text, as `encodeNativeQr` makes it (zlib at the
 * highest level, base45), with Node's zlib: a third of fflate's time, which the signing threads pay
 * once per certificate. The bytes differ from fflate's, but every zlib reader inflates them to the same JSON.
 */
export const nativeQrText = (json: string): string =>
  encodeBase45(deflateSync(Buffer.from(json, "utf8"), { level: 9 }));
