import jsQR from "jsqr";

/** RGBA pixels, four bytes a pixel, row by row: what a browser gets from a canvas's getImageData. */
export type QrPixels = { data: Uint8ClampedArray; width: number; height: number };

/** The outcome of reading a QR picture: the text, its raw bytes and the QR version, or why nothing was read. */
export type QrReadResult =
  | { ok: true; text: string; bytes: Uint8Array; version: number }
  | { ok: false; error: string };

/**
 * Finds and decodes the QR code in RGBA pixels with jsQR. Browser-safe: it needs no Node API.
 * Never throws; a picture without a readable QR code gives `{ ok: false, error }` saying why.
 */
export const readQrImage = ({ data, width, height }: QrPixels): QrReadResult => {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    return { ok: false, error: `The picture has no usable size (${width}×${height} pixels)` };
  }
  if (data.length !== width * height * 4) {
    return {
      ok: false,
      error: `The picture's pixel data has ${data.length} bytes, but ${width}×${height} RGBA pixels need ${width * height * 4}`,
    };
  }
  let code: ReturnType<typeof jsQR>;
  try {
    // Printed codes are dark on light, but screenshots of dark-mode apps are inverted: try both.
    code = jsQR(data, width, height, { inversionAttempts: "attemptBoth" });
  } catch (error) {
    return {
      ok: false,
      error: `The QR code in the picture could not be decoded: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!code) {
    return {
      ok: false,
      error: `No readable QR code was found in the ${width}×${height} picture (it may be missing, damaged, blurred or cut off)`,
    };
  }
  return { ok: true, text: code.data, bytes: Uint8Array.from(code.binaryData), version: code.version };
};
