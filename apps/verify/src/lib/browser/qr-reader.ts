import { readQrImage } from "@vax/credentials/qr/read";
import type { Html5Qrcode } from "html5-qrcode";

/** Why no certificate text came out of a picture, a PDF or the camera; the page words each in the checker's language. */
export type QrProblem =
  | "picture"
  | "pdf-page"
  | "pdf-unreadable"
  | "pdf-none"
  | "camera-denied"
  | "camera-missing"
  | "camera-busy"
  | "camera-failed";

/** No QR code could be read; `problem` says why, the message says it in English for logs. */
export class QrNotFoundError extends Error {
  readonly problem: QrProblem;

  constructor(problem: QrProblem, message: string) {
    super(message);
    this.name = "QrNotFoundError";
    this.problem = problem;
  }
}

// html5-qrcode touches `window` when loaded, so it is only imported in the browser, when first needed.
const createReader = async (elementId: string): Promise<Html5Qrcode> => {
  const { Html5Qrcode, Html5QrcodeSupportedFormats } = await import("html5-qrcode");
  return new Html5Qrcode(elementId, {
    formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
    // Phones with a native barcode detector read dense codes faster with it; elsewhere ZXing does the work.
    experimentalFeatures: { useBarCodeDetectorIfSupported: true },
    verbose: false,
  });
};

// Pictures and camera frames are read at their own resolution, up to this many pixels a side.
const MAX_FRAME_SIDE = 1920;

/** Draws a picture or video frame on the canvas, shrunk to at most MAX_FRAME_SIDE a side, and reads it with jsQR. */
const readDrawn = (
  canvas: HTMLCanvasElement,
  source: CanvasImageSource,
  width: number,
  height: number,
): string | undefined => {
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) return undefined;
  const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(width, height));
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const read = readQrImage(context.getImageData(0, 0, canvas.width, canvas.height));
  return read.ok ? read.text : undefined;
};

const readWithJsQr = async (picture: File): Promise<string | undefined> => {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(picture);
  } catch {
    return undefined;
  }
  try {
    return readDrawn(document.createElement("canvas"), bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
};

/**
 * Reads the QR code in a picture (a photo of a certificate, a screenshot); `elementId` is a hidden work area.
 * jsQR reads it first, at the picture's own resolution: html5-qrcode missed a dense code in a tilted photo that
 * jsQR read, and it stays the second try.
 */
export const readQrPicture = async (picture: File, elementId: string): Promise<string> => {
  const text = await readWithJsQr(picture);
  if (text) return text;
  const reader = await createReader(elementId);
  try {
    return await reader.scanFile(picture, false);
  } catch {
    throw new QrNotFoundError(
      "picture",
      "No QR code could be read in this picture. Take it square-on, in good light, with the whole code in view.",
    );
  } finally {
    reader.clear();
  }
};

/** A running camera scan; stop it to release the camera. */
export type CameraScan = { stop: () => Promise<void> };

const cameraProblem = (error: unknown): QrNotFoundError => {
  const text = String(error instanceof Error ? `${error.name} ${error.message}` : error);
  if (/NotAllowed|Permission/i.test(text)) return new QrNotFoundError("camera-denied", `Camera not allowed (${text})`);
  if (/NotFound|Requested device not found|no camera/i.test(text)) {
    return new QrNotFoundError("camera-missing", `No camera (${text})`);
  }
  if (/NotReadable|in use/i.test(text)) return new QrNotFoundError("camera-busy", `Camera in use (${text})`);
  return new QrNotFoundError("camera-failed", `The camera could not be started (${text}).`);
};

// html5-qrcode decodes the frame at its on-screen size, a few hundred pixels: too few for a dense certificate QR
// (version 20 and up). So full frames are also read at the camera's own resolution, a few times a second.
const FULL_FRAME_EVERY_MS = 250;

const readFullFrames = (element: HTMLElement, onText: (text: string) => void): (() => void) => {
  const canvas = document.createElement("canvas");
  const timer = window.setInterval(() => {
    const video = element.querySelector("video");
    if (!video || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return;
    const text = readDrawn(canvas, video, video.videoWidth, video.videoHeight);
    if (text) onText(text);
  }, FULL_FRAME_EVERY_MS);
  return () => window.clearInterval(timer);
};

/**
 * Starts the back camera in the element and calls `onText` with each QR code it reads; scanning goes on until
 * stopped. Throws with a message a person can act on when the camera cannot be used.
 */
export const startCameraScan = async (elementId: string, onText: (text: string) => void): Promise<CameraScan> => {
  const reader = await createReader(elementId);
  try {
    await reader.start(
      { facingMode: "environment" },
      {
        fps: 10,
        qrbox: (width, height) => {
          const side = Math.floor(Math.min(width, height) * 0.85);
          return { width: side, height: side };
        },
      },
      (text) => onText(text),
      () => undefined,
    );
  } catch (error) {
    reader.clear();
    throw cameraProblem(error);
  }
  const element = document.getElementById(elementId);
  const stopFullFrames = element ? readFullFrames(element, onText) : () => undefined;
  return {
    stop: async () => {
      stopFullFrames();
      if (reader.isScanning) await reader.stop();
      reader.clear();
    },
  };
};
