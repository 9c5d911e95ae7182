import { PNG } from "pngjs";
import QRCode, { type QRCodeSegment } from "qrcode";

/** The QR picture of a certificate and the size facts the layout needs. */
export type CertificateQr = { png: Buffer; modules: number; quietZone: number };

/** Modules of white border on each side; the QR standard asks for four. */
export const QR_QUIET_ZONE = 4;
// Four pixels a module keep the picture readable by any decoder once extracted from the PDF
// (pdfimages, pdf.js); the PDF scales it to its printed size.
const PIXELS_PER_MODULE = 4;
// The QR alphanumeric set is the base45 alphabet, so native QR text fits in the compact mode.
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;
const DARK = 0;
const LIGHT = 255;

const segmentsOf = (text: string): QRCodeSegment[] | string =>
  ALPHANUMERIC.test(text) ? [{ data: text, mode: "alphanumeric" }] : text;

const pixelsOf = (modules: { size: number; data: Uint8Array }): { side: number; pixels: Buffer } => {
  const side = (modules.size + 2 * QR_QUIET_ZONE) * PIXELS_PER_MODULE;
  const pixels = Buffer.alloc(side * side, LIGHT);
  for (let row = 0; row < modules.size; row++) {
    const top = (row + QR_QUIET_ZONE) * PIXELS_PER_MODULE;
    for (let column = 0; column < modules.size; column++) {
      if (!modules.data[row * modules.size + column]) continue;
      const left = (column + QR_QUIET_ZONE) * PIXELS_PER_MODULE;
      for (let y = top; y < top + PIXELS_PER_MODULE; y++) {
        pixels.fill(DARK, y * side + left, y * side + left + PIXELS_PER_MODULE);
      }
    }
  }
  return { side, pixels };
};

/**
 * The certificate's QR code (error correction M) as an 8-bit greyscale PNG. qrcode makes the
 * symbol; the picture is written here rather than by qrcode's RGBA renderer because pdfkit copies
 * a PNG without alpha into the PDF as it is, where an RGBA one is inflated, split into colour and
 * mask and deflated again; that and the greyscale conversion were a third of a render.
 */
export const certificateQrPng = (text: string): CertificateQr => {
  const { modules } = QRCode.create(segmentsOf(text), { errorCorrectionLevel: "M" });
  const { side, pixels } = pixelsOf(modules);
  // Each row of modules repeats, so the "up" filter turns most rows into zeros that run-length
  // deflate packs in about 2 ms; pngjs's per-row filter search takes 12 and plain deflate 40.
  // Sized after construction: given a size, pngjs would allocate and clear an RGBA buffer first.
  const image = new PNG();
  image.width = side;
  image.height = side;
  image.data = pixels;
  const png = PNG.sync.write(image, {
    colorType: 0,
    inputColorType: 0,
    inputHasAlpha: false,
    filterType: 2,
    deflateStrategy: 3,
  });
  return { png, modules: modules.size, quietZone: QR_QUIET_ZONE };
};
