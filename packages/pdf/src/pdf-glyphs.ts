import PDFDocument from "pdfkit";
import type { ShapedGlyph as Glyph } from "./shaping/shaped-glyph.ts";

/** Where textkit placed a glyph, in points. */
type Position = { xAdvance: number; xOffset: number; yOffset: number };
/** The parts of pdfkit's embedded font (its subset and the ToUnicode table) a glyph is written through. */
type EmbeddedFont = {
  subset?: { glyphs: number[]; includeGlyph: (id: number) => number };
  widths: number[];
  unicode: number[][];
  scale: number;
  id: string;
  ref: () => unknown;
  font?: { unitsPerEm: number };
};
type Page = {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent: (content: string) => void;
  save: () => void;
  restore: () => void;
  transform: (...matrix: number[]) => void;
};

/** A glyph as written to a font, in the order glyphs were first written: replayed, it gives the same glyph ids. */
export type TWrittenGlyph = { glyph: Glyph; codePoints: number[] };

const ENCODINGS = new WeakMap<EmbeddedFont, Map<string, number>>();
const WRITTEN = new WeakMap<EmbeddedFont, TWrittenGlyph[]>();
const hex4 = (id: number) => id.toString(16).padStart(4, "0");
const number = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The glyph's id in the PDF font. A font that draws Arabic dots as marks shares one base glyph
 * among several letters (the medial forms of ب ت ث ن ي are one outline), and a PDF maps each of
 * its glyph ids to one text: so each glyph is written once per text it stands for, a copy of the
 * outline, and text read back from the PDF says the letters printed.
 */
const glyphId = (font: EmbeddedFont, glyph: Glyph, codePoints: number[] = glyph.codePoints): string => {
  const subset = font.subset;
  if (!subset) return glyph.id.toString(16).padStart(2, "0");
  let ids = ENCODINGS.get(font);
  if (!ids) {
    ids = new Map();
    ENCODINGS.set(font, ids);
  }
  const key = `${glyph.id}:${codePoints.join(",")}`;
  let id = ids.get(key);
  if (id === undefined) {
    id = subset.includeGlyph(glyph.id);
    const taken = font.unicode[id];
    if (taken && taken.join(",") !== codePoints.join(",")) {
      subset.glyphs.push(glyph.id);
      id = subset.glyphs.length - 1;
    }
    font.unicode[id] = codePoints;
    font.widths[id] ??= glyph.advanceWidth * font.scale;
    ids.set(key, id);
    let written = WRITTEN.get(font);
    if (!written) {
      written = [];
      WRITTEN.set(font, written);
    }
    written.push({ glyph, codePoints });
  }
  return hex4(id);
};

/**
 * Writes a run of shaped glyphs. react-pdf calls this when the PDF document has it, in place of
 * its own writer, which scales a glyph's offset from its pen position as if it were in thousandths
 * of an em, not points: so every mark fontkit positions (Arabic dots and vowel signs, Devanagari
 * signs above and below) lands at its pen position, off its letter.
 */
function writeGlyphs(this: Page, glyphs: Glyph[], positions: Position[], x: number, y: number): void {
  const font = this._font;
  const size = this._fontSize;
  const toText = 1000 / size;
  const unitsPerEm = font.font?.unitsPerEm ?? 1000;
  const unitsToText = 1000 / unitsPerEm;
  const unitsToPoints = size / unitsPerEm;
  const baseline = this.page.height - y;
  const move = (left: number, up: number) => this.addContent(`1 0 0 1 ${number(left)} ${number(up)} Tm`);
  // A TJ array: runs of glyph ids, each followed by the kerning after its last glyph.
  const shown: string[] = [];
  let run = "";
  const endRun = (kerning: number) => {
    if (run) shown.push(`<${run}>`, number(-kerning).toString());
    run = "";
  };
  const flush = () => {
    endRun(0);
    if (shown.length > 0) this.addContent(`[${shown.join(" ")}] TJ`);
    shown.length = 0;
  };
  let pen = x;
  let moved = false;
  this.save();
  this.transform(1, 0, 0, -1, 0, this.page.height);
  this.page.fonts[font.id] ??= font.ref();
  this.addContent("BT");
  move(x, baseline);
  this.addContent(`/${font.id} ${number(size)} Tf`);
  glyphs.forEach((glyph, index) => {
    const position = positions[index] ?? { xAdvance: 0, xOffset: 0, yOffset: 0 };
    const kerning = position.xAdvance * toText - glyph.advanceWidth * unitsToText;
    if (position.xOffset || position.yOffset) {
      flush();
      move(pen + position.xOffset, baseline + position.yOffset);
      run = glyphId(font, glyph, glyph.pdfText);
      flush();
      moved = true;
    } else {
      if (moved) {
        move(pen, baseline);
        moved = false;
      }
      run += glyphId(font, glyph, glyph.pdfText);
      if (Math.abs(kerning) > 1e-6) endRun(kerning);
    }
    // A letter's marks are drawn on it; the letter's glyph says their characters.
    for (const mark of glyph.marks ?? []) {
      flush();
      move(
        pen + position.xOffset + mark.xOffset * unitsToPoints,
        baseline + position.yOffset + mark.yOffset * unitsToPoints,
      );
      run = glyphId(font, mark.glyph, []);
      flush();
      moved = true;
    }
    pen += position.xAdvance;
  });
  flush();
  this.addContent("ET");
  this.restore();
}

/** The glyphs written to a document's font so far, in the order they were first written. */
export const writtenGlyphs = (font: object): TWrittenGlyph[] => [...(WRITTEN.get(font as EmbeddedFont) ?? [])];

/**
 * Gives another document's font the glyph ids a recorded page's font had, by writing its glyphs in the same order
 * (its subset then numbers them alike), so the page's content can be copied into that document as it is.
 */
export const rewriteGlyphs = (font: object, glyphs: readonly TWrittenGlyph[]): void => {
  for (const { glyph, codePoints } of glyphs) glyphId(font as EmbeddedFont, glyph, codePoints);
};

/**
 * Makes every PDF react-pdf writes in this process draw its glyphs through writeGlyphs. pdfkit is
 * loaded as react-pdf loads it (the ES module build), so this is the class react-pdf makes its
 * documents of.
 */
export const installGlyphWriter = (): void => {
  const prototype = PDFDocument.prototype as unknown as { glyphs?: typeof writeGlyphs };
  prototype.glyphs ??= writeGlyphs;
};
