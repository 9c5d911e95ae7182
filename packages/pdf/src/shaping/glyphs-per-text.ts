import type { ShapedGlyph, ShapingFont } from "./shaped-glyph.ts";

/**
 * fontkit keeps one glyph object per glyph id, with the characters it was first asked for: a glyph
 * several letters share (an Arabic base whose dots are marks) then says, in the PDF's text, the
 * letter that came first. Here each glyph is kept per id and characters.
 */
export const keepGlyphsPerText = (font: ShapingFont): void => {
  const getGlyph = font.getGlyph.bind(font);
  const glyphs = new Map<string, ShapedGlyph>();
  font.getGlyph = (id, characters = []) => {
    const key = `${id}:${characters.join(",")}`;
    let glyph = glyphs.get(key);
    if (glyph === undefined) {
      delete font._glyphs[id];
      glyph = getGlyph(id, characters);
      glyphs.set(key, glyph);
    }
    return glyph;
  };
};
