import { readQrImage } from "@vax/credentials/qr/read";
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
import { QrNotFoundError, readQrPicture } from "./qr-reader";

// A certificate has its QR on the first page or two; past a few pages the file is not a certificate.
const MAX_PAGES = 4;
// Three times 72 dpi gives the QR of an A4 certificate several pixels per module, enough for a dense code.
const SCALE = 3;
// A white margin around a picture taken out of the PDF, in case its QR has no quiet zone of its own.
const PADDING = 16;

type PdfJs = typeof import("pdfjs-dist");
type PdfImage = {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
  bitmap?: ImageBitmap;
};

let worker: Worker | undefined;

const openPdf = async (pdfjs: PdfJs, file: File): Promise<PDFDocumentProxy> => {
  // One module worker for every PDF; bundled with the app, so a PDF can be read offline.
  worker ??= new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), { type: "module" });
  pdfjs.GlobalWorkerOptions.workerPort = worker;
  return pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false }).promise;
};

// pdf.js hands decoded images over as an ImageBitmap or as raw pixels of one of its ImageKinds.
const rgbaOf = (image: PdfImage, kinds: PdfJs["ImageKind"]): Uint8ClampedArray<ArrayBuffer> | undefined => {
  const { width, height, data, kind } = image;
  if (!data) return undefined;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel++) {
    let value: [number, number, number, number];
    if (kind === kinds.RGBA_32BPP) {
      value = [data[pixel * 4] ?? 0, data[pixel * 4 + 1] ?? 0, data[pixel * 4 + 2] ?? 0, data[pixel * 4 + 3] ?? 255];
    } else if (kind === kinds.RGB_24BPP) {
      value = [data[pixel * 3] ?? 0, data[pixel * 3 + 1] ?? 0, data[pixel * 3 + 2] ?? 0, 255];
    } else {
      // One bit a pixel, rows padded to whole bytes; a set bit is white.
      const row = Math.floor(pixel / width);
      const bit = row * Math.ceil(width / 8) * 8 + (pixel % width);
      const white = ((data[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
      value = white ? [255, 255, 255, 255] : [0, 0, 0, 255];
    }
    rgba.set(value, pixel * 4);
  }
  return rgba;
};

const paddedCanvas = (image: PdfImage, kinds: PdfJs["ImageKind"]): HTMLCanvasElement | undefined => {
  const canvas = document.createElement("canvas");
  canvas.width = image.width + 2 * PADDING;
  canvas.height = image.height + 2 * PADDING;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) return undefined;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (image.bitmap) {
    context.drawImage(image.bitmap, PADDING, PADDING);
    return canvas;
  }
  const rgba = rgbaOf(image, kinds);
  if (!rgba) return undefined;
  const layer = document.createElement("canvas");
  layer.width = image.width;
  layer.height = image.height;
  layer.getContext("2d")?.putImageData(new ImageData(rgba, image.width, image.height), 0, 0);
  // Drawn, not put, so that transparent pixels fall on the white margin's colour.
  context.drawImage(layer, PADDING, PADDING);
  return canvas;
};

const pageImages = async (pdfjs: PdfJs, page: PDFPageProxy): Promise<PdfImage[]> => {
  const operators = await page.getOperatorList();
  const names = operators.fnArray.flatMap((operator, index) =>
    operator === pdfjs.OPS.paintImageXObject ? [String(operators.argsArray[index]?.[0])] : [],
  );
  return Promise.all(
    names.map(
      (name) =>
        new Promise<PdfImage>((resolve) => {
          const objects = name.startsWith("g_") ? page.commonObjs : page.objs;
          objects.get(name, (image: PdfImage) => resolve(image));
        }),
    ),
  );
};

const readCanvas = (canvas: HTMLCanvasElement): string | undefined => {
  const context = canvas.getContext("2d", { willReadFrequently: true });
  const read = context ? readQrImage(context.getImageData(0, 0, canvas.width, canvas.height)) : undefined;
  return read?.ok ? read.text : undefined;
};

const asPicture = async (canvas: HTMLCanvasElement, name: string): Promise<File> => {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new QrNotFoundError("pdf-page", "A page of the PDF could not be drawn.");
  return new File([blob], name, { type: "image/png" });
};

const renderPage = async (page: PDFPageProxy): Promise<HTMLCanvasElement> => {
  const viewport = page.getViewport({ scale: SCALE });
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  await page.render({ canvas, viewport, background: "#ffffff" }).promise;
  return canvas;
};

// The QR picture itself, at its own pixels, reads best; a drawn page is the fallback for QR codes drawn as vectors.
const readPage = async (pdfjs: PdfJs, page: PDFPageProxy, elementId: string): Promise<string | undefined> => {
  for (const image of await pageImages(pdfjs, page)) {
    const canvas = paddedCanvas(image, pdfjs.ImageKind);
    const text = canvas ? readCanvas(canvas) : undefined;
    if (text) return text;
  }
  const drawn = await renderPage(page);
  const text = readCanvas(drawn);
  if (text) return text;
  try {
    return await readQrPicture(await asPicture(drawn, `page-${page.pageNumber}.png`), elementId);
  } catch (error) {
    if (error instanceof QrNotFoundError) return undefined;
    throw error;
  }
};

/** Finds and reads the QR code in a certificate PDF: its pictures first, then each of its first pages drawn. */
export const readPdfQr = async (file: File, elementId: string): Promise<string> => {
  const pdfjs = await import("pdfjs-dist");
  let pdf: PDFDocumentProxy;
  try {
    pdf = await openPdf(pdfjs, file);
  } catch {
    throw new QrNotFoundError(
      "pdf-unreadable",
      "This file could not be opened as a PDF: it may be damaged or password-protected.",
    );
  }
  try {
    for (let number = 1; number <= Math.min(pdf.numPages, MAX_PAGES); number++) {
      const page = await pdf.getPage(number);
      const text = await readPage(pdfjs, page, elementId);
      page.cleanup();
      if (text) return text;
    }
  } finally {
    await pdf.destroy();
  }
  throw new QrNotFoundError(
    "pdf-none",
    "No QR code was found in this PDF. Upload the certificate PDF itself, or a photo of its QR.",
  );
};
