import { describe, expect, it } from "vitest";
import { decodeNativeQrJson } from "../qr/native-qr.ts";
import { nativeQrText } from "./native-qr-text.ts";

describe("the native QR text made on the signing threads", () => {
  it("decodes, as any native QR does, to the signed JSON text byte for byte", () => {
    for (const json of [
      JSON.stringify({ id: "urn:vax:certificate:1", name: "Zoë Ångström 李小龙", note: 'quote " and \\ slash' }),
      JSON.stringify({ doses: Array.from({ length: 40 }, (_, dose) => ({ dose, batch: `B${dose}` })) }),
    ]) {
      expect(decodeNativeQrJson(nativeQrText(json))).toBe(json);
    }
  });
});
