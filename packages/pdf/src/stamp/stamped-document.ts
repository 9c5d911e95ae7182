import PDFDocument from "pdfkit";
import { rewriteGlyphs } from "../pdf-glyphs.ts";
import type { TCertificateLanguage } from "../settings/certificate-language.ts";
import type { ShapedGlyph } from "../shaping/shaped-glyph.ts";
import type { TPageRecording } from "./page-recording.ts";

type Position = { xAdvance: number; xOffset: number; yOffset: number };
type Reference = { data: Record<string, unknown>; buffer: Uint8Array[]; uncompressedLength: number; end: () => void };
type Image = { label: string; obj?: unknown; embed: (document: StampedDocument) => void };

/** The parts of a pdfkit document a stamp draws with and fills in. */
export type StampedDocument = {
  _font: { id: string; ref: () => unknown };
  _fontCount: number;
  _imageCount: number;
  _opacityCount: number;
  _opacityRegistry: Record<string, [Reference, string]>;
  page: {
    content: Reference;
    fonts: Record<string, unknown>;
    xobjects: Record<string, unknown>;
    ext_gstates: Record<string, unknown>;
  };
  ref: (data: Record<string, unknown>) => Reference;
  addPage: (options: object) => StampedDocument;
  font: (font: object, size?: number) => StampedDocument;
  openImage: (source: unknown) => Image;
  save: () => StampedDocument;
  restore: () => StampedDocument;
  translate: (x: number, y: number) => StampedDocument;
  fillColor: (color: string) => StampedDocument;
  fillOpacity: (opacity: number) => StampedDocument;
  glyphs: (glyphs: ShapedGlyph[], positions: Position[], x: number, y: number) => void;
  image: (source: Buffer, x: number, y: number, options: { width: number; height: number }) => StampedDocument;
  on: (event: string, listener: (chunk?: Uint8Array) => void) => void;
  end: () => void;
};

/**
 * A new document holding a recorded page as it was drawn: its fonts opened in the same order and given the same
 * glyphs in the same order (so their ids and each glyph's number match the content's), its opacity states and
 * images under the same names, and its content stream. Undefined if a name came out otherwise.
 */
export const documentWithPage = (
  page: TPageRecording,
  lang: TCertificateLanguage,
  info: Record<string, unknown>,
): StampedDocument | undefined => {
  const pdf = new (PDFDocument as unknown as new (options: object) => StampedDocument)({
    compress: true,
    lang,
    displayTitle: true,
    autoFirstPage: false,
    info,
  });
  pdf.addPage({ size: page.size, margin: 0, userUnit: 1 });
  for (const { id, font, glyphs } of page.fonts) {
    pdf.font(font);
    if (pdf._font.id !== id) return undefined;
    rewriteGlyphs(pdf._font, glyphs);
    pdf.page.fonts[id] = pdf._font.ref();
  }
  for (const { key, name, data } of page.opacities) {
    const state = pdf.ref({ ...data });
    state.end();
    pdf._opacityRegistry[key] = [state, name];
    pdf.page.ext_gstates[name] = state;
  }
  pdf._opacityCount = page.opacities.length;
  for (const { label, source } of page.images) {
    const image = pdf.openImage(source);
    if (image.label !== label) return undefined;
    if (!image.obj) image.embed(pdf);
    pdf.page.xobjects[label] = image.obj;
  }
  // The recorded content replaces the new page's, which holds only the flip to top-down coordinates it begins with.
  const content = pdf.page.content;
  content.buffer = [page.content];
  content.data.Length = page.content.length;
  content.uncompressedLength = page.content.length;
  return pdf;
};

/** Ends the document and answers its bytes. */
export const finishedPdf = (pdf: StampedDocument): Promise<Buffer> =>
  new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    pdf.on("data", (chunk) => {
      if (chunk) chunks.push(chunk);
    });
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.end();
  });
