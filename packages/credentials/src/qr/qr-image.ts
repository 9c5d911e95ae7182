import QRCode, { type QRCodeErrorCorrectionLevel, type QRCodeSegment } from "qrcode";

/** QR error-correction level; M (15%) is the platform default, as for HC1 and PixelPass codes. */
export type QrEcc = "L" | "M" | "Q" | "H";

/** The QR encoding mode that carries the bulk of the payload. */
export type QrMode = "alphanumeric" | "numeric" | "byte";

/** A QR payload: text (native, HC1:, shc:/) or bytes (the DIVOC ZIP). */
export type QrPayload = string | Uint8Array;

/** The size facts of a generated QR code, reported with every image. */
export type QrInfo = { version: number; ecc: QrEcc; mode: QrMode };

/** Options for the QR images: error correction, pixels per module and quiet-zone width in modules. */
export type QrImageOptions = { ecc?: QrEcc; scale?: number; margin?: number };

// The QR alphanumeric set is exactly the base45 alphabet, which is why base45 was chosen for HC1 and PixelPass.
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;
// SHC puts the prefix (and any chunk header) in byte mode and the digits in numeric mode, per the SHC spec.
const SHC = /^(shc:\/(?:\d+\/\d+\/)?)(\d+)$/;

/** Splits a payload into qrcode segments in the most compact mode for its kind. */
export const qrSegments = (payload: QrPayload): { segments: QRCodeSegment[]; mode: QrMode } => {
  if (typeof payload !== "string") return { segments: [{ data: payload, mode: "byte" }], mode: "byte" };
  const shc = SHC.exec(payload);
  if (shc) {
    const [, prefix, digits] = shc as unknown as [string, string, string];
    return {
      segments: [
        { data: new TextEncoder().encode(prefix), mode: "byte" },
        { data: digits, mode: "numeric" },
      ],
      mode: "numeric",
    };
  }
  if (/^\d+$/.test(payload)) return { segments: [{ data: payload, mode: "numeric" }], mode: "numeric" };
  if (ALPHANUMERIC.test(payload)) return { segments: [{ data: payload, mode: "alphanumeric" }], mode: "alphanumeric" };
  return { segments: [{ data: new TextEncoder().encode(payload), mode: "byte" }], mode: "byte" };
};

const payloadSize = (payload: QrPayload): string =>
  typeof payload === "string" ? `${payload.length} characters` : `${payload.length} bytes`;

// qrcode's own message ("The amount of data is too big…") does not say how big or at which level.
const tooBig = (payload: QrPayload, ecc: QrEcc, error: unknown): Error =>
  new Error(
    `Cannot make a QR code of ${payloadSize(payload)} at error correction ${ecc}: ${error instanceof Error ? error.message : String(error)}`,
  );

const guarded = async <T>(payload: QrPayload, ecc: QrEcc, run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    throw tooBig(payload, ecc, error);
  }
};

const describe = (payload: QrPayload, ecc: QrEcc): QrInfo & { segments: QRCodeSegment[] } => {
  const { segments, mode } = qrSegments(payload);
  const code = QRCode.create(segments, { errorCorrectionLevel: ecc as QRCodeErrorCorrectionLevel });
  return { version: code.version, ecc, mode, segments };
};

/** The smallest QR version (1–40) that holds the payload at the given error correction (default M). */
export const qrVersionFor = (payload: QrPayload, options: { ecc?: QrEcc } = {}): number => {
  const ecc = options.ecc ?? "M";
  try {
    return describe(payload, ecc).version;
  } catch (error) {
    throw tooBig(payload, ecc, error);
  }
};

/** Renders the payload as a PNG QR image and reports its version, error correction and mode. */
export const qrPng = async (
  payload: QrPayload,
  options: QrImageOptions = {},
): Promise<QrInfo & { png: Uint8Array }> => {
  const ecc = options.ecc ?? "M";
  return guarded(payload, ecc, async () => {
    const { segments, ...info } = describe(payload, ecc);
    const png = await QRCode.toBuffer(segments, {
      type: "png",
      errorCorrectionLevel: ecc,
      scale: options.scale ?? 4,
      margin: options.margin ?? 4,
    });
    return { ...info, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
  });
};

/** Renders the payload as an SVG QR image (for PDFs and the web) and reports its version, error correction and mode. */
export const qrSvg = async (payload: QrPayload, options: QrImageOptions = {}): Promise<QrInfo & { svg: string }> => {
  const ecc = options.ecc ?? "M";
  return guarded(payload, ecc, async () => {
    const { segments, ...info } = describe(payload, ecc);
    const svg = await QRCode.toString(segments, {
      type: "svg",
      errorCorrectionLevel: ecc,
      margin: options.margin ?? 4,
    });
    return { ...info, svg };
  });
};
