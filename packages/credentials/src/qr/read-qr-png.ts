import { PNG } from "pngjs";
import { type QrReadResult, readQrImage } from "./read-qr-image.ts";

/**
 * Reads the QR code in a PNG file's bytes (Node only: it decodes the PNG with pngjs).
 * Never throws; bytes that are not a PNG, or a PNG without a readable QR code, give `{ ok: false, error }`.
 */
export const readQrPng = (bytes: Uint8Array): QrReadResult => {
  let image: { data: Buffer; width: number; height: number };
  try {
    // pngjs converts every colour type and bit depth to 8-bit RGBA.
    image = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    return {
      ok: false,
      error: `The picture is not a readable PNG image: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const data = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return readQrImage({ data, width: image.width, height: image.height });
};
