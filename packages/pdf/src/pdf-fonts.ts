import PDFDocument from "pdfkit";
import { type EmbeddedFont, reuseFontSubsets } from "./font-subsets.ts";

type FontsOfDocument = {
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
  fontSize: (size: number) => unknown;
};
type FontMethods = {
  font: (this: FontsOfDocument, src: unknown, family?: unknown, size?: unknown) => FontsOfDocument;
  initFonts: (this: FontsOfDocument, defaultFont?: unknown, ...rest: unknown[]) => void;
};

const EMBEDDED = new WeakMap<FontsOfDocument, Map<object, unknown>>();

/**
 * Two shortcuts in pdfkit's font handling, which react-pdf calls for every run of text:
 * - `font(fontkitFont, size)` made a new embedded font (and its subset) on each call, then
 *   compared it with the ones the document had by serialising their name tables to JSON, to
 *   throw it away; the document now keeps the embedded font of each fontkit font.
 * - each embedded font reuses the subset an earlier document embedded (see font-subsets.ts);
 * - a new document parsed Helvetica's metrics (AFM text) as its default font; no certificate
 *   text is set in Helvetica, so a document starts with none.
 */
export const installFontShortcuts = (): void => {
  const prototype = PDFDocument.prototype as unknown as FontMethods & { vaxFontShortcuts?: true };
  if (prototype.vaxFontShortcuts) return;
  prototype.vaxFontShortcuts = true;
  const { font, initFonts } = prototype;
  prototype.initFonts = function (_defaultFont, ...rest) {
    initFonts.call(this, null, ...rest);
  };
  prototype.font = function (src, family, size) {
    if (typeof src !== "object" || src === null || (family !== undefined && typeof family !== "number")) {
      return font.call(this, src, family, size);
    }
    let embedded = EMBEDDED.get(this);
    if (!embedded) {
      embedded = new Map();
      EMBEDDED.set(this, embedded);
    }
    const known = embedded.get(src);
    if (!known) {
      font.call(this, src, family, size);
      reuseFontSubsets(this._font as EmbeddedFont);
      embedded.set(src, this._font);
      return this;
    }
    this._font = known;
    this._fontSource = src;
    this._fontFamily = null;
    const fontSize = typeof family === "number" ? family : size;
    if (typeof fontSize === "number") this.fontSize(fontSize);
    return this;
  };
};
