/**
 * A glyph as fontkit shapes it. `codePoints` are the characters react-pdf counts it for; `pdfText`,
 * when set, what the PDF says it stands for instead; `marks` the marks drawn on it, offset from its
 * own pen position in font units.
 */
export type ShapedGlyph = {
  id: number;
  codePoints: number[];
  advanceWidth: number;
  pdfText?: number[];
  marks?: AttachedMark[];
};
/** A mark carried by a letter. */
export type AttachedMark = { glyph: ShapedGlyph; xOffset: number; yOffset: number };
/** Where fontkit places a glyph, in font units. */
export type GlyphPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
/** fontkit's layout of a run of text. */
export type GlyphRun = { glyphs: ShapedGlyph[]; positions: GlyphPosition[] };
/** The parts of a fontkit font that shaping goes through. */
export type ShapingFont = {
  _glyphs: Record<number, unknown>;
  getGlyph: (id: number, characters?: number[]) => ShapedGlyph;
  layout: (text: string, features?: unknown, script?: unknown, language?: unknown, direction?: string) => GlyphRun;
};

/** The glyph, standing for other characters in the PDF's text; the font's own glyph is left as it is. */
export const standingFor = (glyph: ShapedGlyph, codePoints: number[]): ShapedGlyph => {
  const copy = Object.create(glyph) as ShapedGlyph;
  copy.codePoints = codePoints;
  return copy;
};
