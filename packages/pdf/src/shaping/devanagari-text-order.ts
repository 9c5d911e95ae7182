import type { GlyphRun, ShapedGlyph, ShapingFont } from "./shaped-glyph.ts";
import { standingFor } from "./shaped-glyph.ts";

const PRE_BASE_MATRA = 0x093f;
const VIRAMA = 0x094d;
const RA = 0x0930;
// Vowel signs and the signs written after a consonant: a syllable's base consonant comes before them.
const isSign = (codePoint: number | undefined) =>
  codePoint !== undefined &&
  ((codePoint >= 0x0900 && codePoint <= 0x0903) ||
    (codePoint >= 0x093a && codePoint <= 0x094c) ||
    (codePoint >= 0x0955 && codePoint <= 0x0957) ||
    (codePoint >= 0x0962 && codePoint <= 0x0963));

/** Moves the characters of glyphs from+1..to one glyph back, and from's to `to`. */
const rotate = (glyphs: ShapedGlyph[], from: number, to: number) => {
  const moved = (glyphs[from] as ShapedGlyph).codePoints;
  for (let each = from; each < to; each++) {
    glyphs[each] = standingFor(glyphs[each] as ShapedGlyph, (glyphs[each + 1] as ShapedGlyph).codePoints);
  }
  glyphs[to] = standingFor(glyphs[to] as ShapedGlyph, moved);
};

// ि is drawn before its whole consonant cluster (half forms, a consonant and virama, then one full consonant).
const preBaseMatras = (glyphs: ShapedGlyph[]) => {
  for (let index = 0; index < glyphs.length - 1; index++) {
    const sign = glyphs[index]?.codePoints;
    if (sign?.length !== 1 || sign[0] !== PRE_BASE_MATRA) continue;
    let last = index + 1;
    while (last < glyphs.length - 1 && glyphs[last]?.codePoints.at(-1) === VIRAMA) last++;
    rotate(glyphs, index, last);
    index = last;
  }
};

// A reph (र् over the next consonant) is drawn, with no advance, after its syllable's consonant and
// vowel signs, sometimes as one glyph with them (े र् ं in धर्मेंद्र); its र् is read before the consonant.
const rephs = ({ glyphs, positions }: GlyphRun) => {
  for (let index = 1; index < glyphs.length; index++) {
    const reph = glyphs[index] as ShapedGlyph;
    const at = reph.codePoints.findIndex((codePoint, each) => codePoint === RA && reph.codePoints[each + 1] === VIRAMA);
    if (at < 0 || positions[index]?.xAdvance !== 0) continue;
    let base = index - 1;
    while (base > 0 && isSign(glyphs[base]?.codePoints[0])) base--;
    const consonant = glyphs[base] as ShapedGlyph;
    glyphs[base] = standingFor(consonant, [RA, VIRAMA, ...consonant.codePoints]);
    glyphs[index] = standingFor(reph, reph.codePoints.toSpliced(at, 2));
  }
};

/**
 * A PDF's text follows the order glyphs are drawn in, and Devanagari draws some signs away from
 * where they are written: "तिथि" would read back as "ितिथ", "निर्माता" as "निमार्ता". The glyphs
 * of such a syllable trade the characters they stand for, so the text reads in the written order.
 */
export const readDevanagariInOrder = (font: ShapingFont): void => {
  const layout = font.layout.bind(font);
  font.layout = (text, features, script, language, direction) => {
    const run = layout(text, features, script, language, direction);
    if (text.includes("\u093F")) preBaseMatras(run.glyphs);
    if (text.includes("\u0930\u094D")) rephs(run);
    return run;
  };
};
