import { deflateSync } from "node:zlib";

type Glyph = { id: number; advanceWidth: number };
type FontkitFont = {
  hasGlyphForCodePoint: (codePoint: number) => boolean;
  glyphForCodePoint: (codePoint: number) => Glyph;
};
type Subset = { glyphs: number[]; includeGlyph: (id: number) => number; encode: () => Uint8Array };
type FontFile = { compress: boolean; data: Record<string, unknown> };
/** The parts of pdfkit's embedded font (one per font per document) this file works through. */
export type EmbeddedFont = {
  font: FontkitFont;
  subset?: Subset;
  unicode: number[][];
  widths: number[];
  scale: number;
  document: { ref: (data?: object) => FontFile };
  embed: () => unknown;
};

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index);
// Names and places differ, so a font's subsets do too once they reach past ASCII; a worker keeps
// the newest few per font.
const SUBSETS_PER_FONT = 64;
const SUBSETS = new WeakMap<FontkitFont, Map<string, Uint8Array>>();
const REUSING = new WeakSet<EmbeddedFont>();

/** A font's compressed subset of these glyphs, made (by fontkit) and compressed once per worker. */
const compressedSubset = (font: FontkitFont, subset: Subset, encode: () => Uint8Array): Uint8Array => {
  let subsets = SUBSETS.get(font);
  if (!subsets) {
    subsets = new Map();
    SUBSETS.set(font, subsets);
  }
  const key = subset.glyphs.join(",");
  let compressed = subsets.get(key);
  if (!compressed) {
    if (subsets.size >= SUBSETS_PER_FONT) subsets.clear();
    compressed = deflateSync(encode());
    subsets.set(key, compressed);
  }
  return compressed;
};

/**
 * Makes a document's font reuse the subset an earlier certificate embedded. Writing a subset
 * (fontkit re-encodes every glyph's outline) and compressing it was a tenth of a render, and was the
 * same work for most certificates: their fixed words are the same, and their names, dates and
 * numbers are ASCII, whose glyphs a font covering ASCII now holds in a fixed order from the start
 * (a few kilobytes more a PDF). So two certificates in one template and language nearly always
 * embed the same bytes, which are kept compressed.
 */
export const reuseFontSubsets = (embedded: EmbeddedFont): void => {
  const { font, subset } = embedded;
  if (!subset || REUSING.has(embedded)) return;
  REUSING.add(embedded);
  if (PRINTABLE_ASCII.every((codePoint) => font.hasGlyphForCodePoint(codePoint))) {
    for (const codePoint of PRINTABLE_ASCII) {
      const glyph = font.glyphForCodePoint(codePoint);
      const id = subset.includeGlyph(glyph.id);
      embedded.unicode[id] ??= [codePoint];
      embedded.widths[id] ??= glyph.advanceWidth * embedded.scale;
    }
  }
  const encode = subset.encode.bind(subset);
  subset.encode = () => compressedSubset(font, subset, encode);
  const embed = embedded.embed.bind(embedded);
  // pdfkit's embed() makes the font file's stream first and ends it with encode(): so that stream is
  // told its bytes come compressed, and pdfkit does not compress them again.
  embedded.embed = () => {
    const document = embedded.document as EmbeddedFont["document"] & { ref: EmbeddedFont["document"]["ref"] };
    const ref = document.ref;
    document.ref = (data) => {
      document.ref = ref;
      const file = ref.call(document, data);
      file.compress = false;
      file.data.Filter = "FlateDecode";
      return file;
    };
    try {
      return embed();
    } finally {
      document.ref = ref;
    }
  };
};
