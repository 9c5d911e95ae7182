import { readQrPng } from "@vax/credentials/qr/png";
import { describe, expect, it } from "vitest";
import { certificateQrPng, QR_QUIET_ZONE } from "./qr-png.ts";
import { sampleNativeQr } from "./testing/sample-certificate.ts";

describe("certificateQrPng", () => {
  it("draws a one-bit greyscale PNG, four pixels a module with a four-module quiet zone, that reads back", () => {
    const text = sampleNativeQr();
    const qr = certificateQrPng(text);
    const side = (qr.modules + 2 * QR_QUIET_ZONE) * 4;
    expect(qr.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(qr.png.readUInt32BE(16)).toBe(side);
    expect(qr.png.readUInt32BE(20)).toBe(side);
    expect([...qr.png.subarray(24, 26)]).toEqual([1, 0]);
    expect(qr.quietZone).toBe(4);
    const read = readQrPng(qr.png);
    expect(read).toMatchObject({ ok: true, text });
  });

  it("reads back text outside the QR alphanumeric set too", () => {
    const text = "https://verify.example/c/7k3m-q9td-wx4p?lang=hi#Ä";
    expect(readQrPng(certificateQrPng(text).png)).toMatchObject({ ok: true, text });
  });
});
