import {
  type AttachedMark,
  type GlyphPosition,
  type ShapedGlyph,
  type ShapingFont,
  standingFor,
} from "./shaped-glyph.ts";

// Arabic, Syriac, Thaana, NKo and the Arabic presentation forms: letters written right to left.
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A letter with the marks drawn on it, standing for its own characters and theirs (a vowel sign
 * is a character of the text). Readers of a PDF's text (poppler, pdf.js) reverse a right-to-left
 * word character by character, those of one glyph too, so the PDF says a glyph's characters in
 * reverse: "قّ" is read back as written, not as "ّق".
 */
const carrying = (glyph: ShapedGlyph, marks: AttachedMark[]): ShapedGlyph => {
  const codePoints = [...glyph.codePoints, ...marks.flatMap((mark) => mark.glyph.codePoints)];
  if (marks.length === 0 && codePoints.length < 2) return glyph;
  const letter = standingFor(glyph, codePoints);
  if (codePoints.length > 1) letter.pdfText = [...codePoints].reverse();
  if (marks.length > 0) letter.marks = marks;
  return letter;
};

/**
 * react-pdf asks fontkit to lay out every run left to right, then reverses a right-to-left run's
 * glyphs, which puts each mark (an Arabic dot, a vowel sign) on the wrong side of its letter; and
 * it slices runs by character, keeping of a character drawn as a letter and its dots only the
 * last glyph, so a word that begins with ش or ف loses its letter. So a run with right-to-left
 * letters is laid out right to left, where fontkit places the marks, and each mark is carried by
 * the letter it sits on (drawn by the glyph writer): react-pdf sees one glyph a letter, in logical
 * order, which its reversal puts back in the order fontkit drew.
 */
export const layOutRightToLeftRuns = (font: ShapingFont): void => {
  const layout = font.layout.bind(font);
  font.layout = (text, features, script, language, direction) => {
    if (!RIGHT_TO_LEFT.test(text)) return layout(text, features, script, language, direction);
    const run = layout(text, features, script, language, "rtl");
    const glyphs: ShapedGlyph[] = [];
    const positions: GlyphPosition[] = [];
    let marks: AttachedMark[] = [];
    run.glyphs.forEach((glyph, index) => {
      const position = run.positions[index] as GlyphPosition;
      // In right-to-left order a mark comes just before its letter, at the same pen position.
      if (position.xAdvance === 0 && index < run.glyphs.length - 1) {
        marks.push({ glyph, xOffset: position.xOffset, yOffset: position.yOffset });
        return;
      }
      glyphs.push(carrying(glyph, marks));
      positions.push(position);
      marks = [];
    });
    return { ...run, glyphs: glyphs.reverse(), positions: positions.reverse() };
  };
};
