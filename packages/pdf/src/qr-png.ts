import { crc32, deflateSync } from "node:zlib";
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
// QR encoders score the eight mask patterns and keep the best, to break up long runs and shapes that
// look like finder patterns. A native QR's payload is compressed and signed, so it is already as
// good as random: over 60 two-dose credentials the best mask scored 7,842 on average, pattern 2
// alone 8,062 (at worst 12 % above that credential's best), while scoring all eight took 6 of a
// render's 38 ms. Any decoder reads any mask; pattern 2 is used for every certificate.
const MASK_PATTERN = 2;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const segmentsOf = (text: string): QRCodeSegment[] | string =>
  ALPHANUMERIC.test(text) ? [{ data: text, mode: "alphanumeric" }] : text;

const chunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
};

/** One pixel row of the picture, one bit a pixel, a set bit white: the quiet zone, or a row of modules. */
const pixelRow = (modules: { size: number; data: Uint8Array }, moduleRow: number, bytes: number): Buffer => {
  const row = Buffer.alloc(bytes, 0xff);
  if (moduleRow < 0 || moduleRow >= modules.size) return row;
  const margin = QR_QUIET_ZONE * PIXELS_PER_MODULE;
  for (let column = 0; column < modules.size; column++) {
    if (!modules.data[moduleRow * modules.size + column]) continue;
    for (let x = margin + column * PIXELS_PER_MODULE; x < margin + (column + 1) * PIXELS_PER_MODULE; x++) {
      row[x >> 3] = (row[x >> 3] ?? 0) & ~(0x80 >> (x & 7));
    }
  }
  return row;
};

/**
 * The PNG scanlines, each behind its filter byte. A module row is packed once, for its first pixel
 * row; the rows repeating it use the "up" filter, which leaves them all zeros for deflate.
 */
const scanlines = (modules: { size: number; data: Uint8Array }, side: number): Buffer => {
  const bytes = Math.ceil(side / 8);
  const lines = Buffer.alloc((bytes + 1) * side);
  let previous: number | undefined;
  for (let y = 0; y < side; y++) {
    const moduleRow = Math.floor(y / PIXELS_PER_MODULE) - QR_QUIET_ZONE;
    const shown = moduleRow >= 0 && moduleRow < modules.size ? moduleRow : -1;
    if (shown === previous) {
      lines[y * (bytes + 1)] = 2;
    } else {
      pixelRow(modules, shown, bytes).copy(lines, y * (bytes + 1) + 1);
      previous = shown;
    }
  }
  return lines;
};

/**
 * The certificate's QR code (error correction M) as a one-bit greyscale PNG. qrcode makes the
 * symbol; the picture is written here because pngjs writes eight bits a pixel at least, and an
 * eight-bit picture of a dense code took a third of the QR's share of a render to fill, filter and
 * deflate. pdfkit copies a PNG without alpha into the PDF as it is, so the PDF holds one bit a pixel.
 */
export const certificateQrPng = (text: string): CertificateQr => {
  const { modules } = QRCode.create(segmentsOf(text), { errorCorrectionLevel: "M", maskPattern: MASK_PATTERN });
  const side = (modules.size + 2 * QR_QUIET_ZONE) * PIXELS_PER_MODULE;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  // Bit depth 1, colour type 0 (greyscale), deflate, adaptive filtering, no interlace.
  header.set([1, 0, 0, 0, 0], 8);
  const png = Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines(modules, side))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return { png, modules: modules.size, quietZone: QR_QUIET_ZONE };
};
