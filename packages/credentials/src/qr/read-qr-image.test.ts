import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { decodeNativeQr, encodeNativeQr } from "./native-qr.ts";
import { qrPng } from "./qr-image.ts";
import { readQrImage } from "./read-qr-image.ts";
import { readQrPng } from "./read-qr-png.ts";

// A native credential shape (unsigned is enough: the QR layer only carries the text).
const credential = {
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  type: ["VerifiableCredential", "VaccinationCredential"],
  issuer: "did:web:localhost%3A3003",
  validFrom: "2024-03-01T10:00:00Z",
  credentialSubject: {
    name: "Asha Rao",
    birthDate: "1990-04-12",
    doses: [
      {
        vaccine: "COVISHIELD",
        icd11Code: "XM9QW8",
        batch: "4121Z025",
        date: "2024-01-10",
        doseNumber: 1,
        totalDoses: 2,
      },
      {
        vaccine: "COVISHIELD",
        icd11Code: "XM9QW8",
        batch: "4121Z031",
        date: "2024-03-01",
        doseNumber: 2,
        totalDoses: 2,
      },
    ],
  },
};

const blankPng = (width: number, height: number): Uint8Array => {
  const png = new PNG({ width, height });
  png.data.fill(255);
  return new Uint8Array(PNG.sync.write(png));
};

describe("readQrPng", () => {
  it("reads back a native QR PNG made by qrPng (round trip)", async () => {
    const text = encodeNativeQr(credential);
    const { png, version } = await qrPng(text);
    const result = readQrPng(png);
    if (!result.ok) throw new Error(result.error);
    expect(result.text).toBe(text);
    expect(result.version).toBe(version);
    expect(decodeNativeQr(result.text)).toEqual(credential);
  });

  it("reads an inverted (light on dark) picture too", async () => {
    const text = encodeNativeQr(credential);
    const image = PNG.sync.read(Buffer.from((await qrPng(text)).png));
    for (let i = 0; i < image.data.length; i += 4) {
      for (let c = 0; c < 3; c++) image.data[i + c] = 255 - (image.data[i + c] as number);
    }
    const result = readQrImage({
      data: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength),
      width: image.width,
      height: image.height,
    });
    expect(result).toMatchObject({ ok: true, text });
  });

  it("says no QR code was found in a blank picture", () => {
    const result = readQrPng(blankPng(120, 80));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/No readable QR code was found in the 120×80 picture/);
  });

  it("says bytes that are not a PNG are not a readable PNG image", () => {
    const result = readQrPng(new TextEncoder().encode("HC1:not a picture"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not a readable PNG image/);
  });
});

describe("readQrImage", () => {
  it("rejects pixel data that does not match the size", () => {
    const result = readQrImage({ data: new Uint8ClampedArray(10), width: 2, height: 2 });
    expect(result).toEqual({
      ok: false,
      error: "The picture's pixel data has 10 bytes, but 2×2 RGBA pixels need 16",
    });
  });

  it("rejects a picture with no size", () => {
    const result = readQrImage({ data: new Uint8ClampedArray(0), width: 0, height: 0 });
    expect(result.ok).toBe(false);
  });
});
