import layoutEngine, {
  type AttributedString,
  bidi,
  fontSubstitution,
  fromFragments,
  justification,
  linebreaker,
  scriptItemizer,
  textDecoration,
  wordHyphenation,
} from "@react-pdf/textkit";
import { certificateFontStack } from "../fonts.ts";
import { NEVER_HYPHENATE, wholeWords } from "../templates/certificate/plain-text.tsx";
import type { TSlotText } from "../templates/certificate/slot-texts.ts";

// The engines react-pdf's own layout builds its text engine from.
const engine = layoutEngine({
  bidi,
  linebreaker,
  justification,
  textDecoration,
  scriptItemizer,
  wordHyphenation,
  fontSubstitution,
});
const OPTIONS = {
  hyphenationCallback: wholeWords,
  hyphenationPenalty: NEVER_HYPHENATE,
  shrinkWhitespaceFactor: { before: -0.5, after: -0.5 },
};

/** A value's lines as react-pdf lays them out in a place of this width, and their height together. */
export type TValueLines = { lines: AttributedString[]; height: number };

type TFontkitFont = {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  hasGlyphForCodePoint: (codePoint: number) => boolean;
  layout: (...args: unknown[]) => {
    glyphs: unknown[];
    positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }>;
  };
};

// The stack is the same for every value of a weight once the fonts are loaded: looked up once, not per value.
const stacks = new Map<number, TFontkitFont[]>();
const fontStackOf = (fontWeight: 400 | 700): TFontkitFont[] => {
  let stack = stacks.get(fontWeight);
  if (!stack) {
    stack = certificateFontStack(fontWeight) as TFontkitFont[];
    stacks.set(fontWeight, stack);
  }
  return stack;
};

/**
 * Most values are a few Latin words that fit their place: for them the engine's work comes to one run of the first
 * font, laid out whole by fontkit and scaled (the letter spacing after every glyph), on one line as high as textkit
 * makes it and placed by the value's alignment. That is done here directly, a tenth of the engine's time.
 */
const oneLatinLine = ({ text, style }: TSlotText, font: TFontkitFont, width: number): TValueLines | undefined => {
  if (/\s\s|[\n\r\t\u2028\u2029]/.test(text) || text !== text.trim()) return undefined;
  for (const character of text) if (!font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0)) return undefined;
  const run = font.layout(text, undefined, undefined, undefined, "ltr");
  const scale = style.fontSize / font.unitsPerEm;
  const spacing = style.letterSpacing ?? 0;
  const positions = run.positions.map((position) => ({
    xAdvance: position.xAdvance * scale + spacing,
    yAdvance: 0,
    xOffset: position.xOffset * scale,
    yOffset: position.yOffset * scale,
  }));
  const advance = positions.reduce((sum, position) => sum + position.xAdvance, 0);
  if (advance > width) return undefined;
  const ascent = font.ascent * scale;
  const height =
    style.lineHeight === undefined
      ? (font.lineGap + font.ascent - font.descent) * scale
      : style.lineHeight * style.fontSize;
  const x = style.textAlign === "right" ? width - advance : 0;
  const line = {
    string: text,
    box: { x, y: 0, width, height },
    ascent,
    runs: [
      {
        start: 0,
        end: text.length,
        attributes: { font: [font] as never, fontSize: style.fontSize, color: style.color },
        glyphs: run.glyphs as never,
        positions,
        xAdvance: advance,
      },
    ],
  };
  return { lines: [line], height };
};

/**
 * Lays a value out as react-pdf lays out a PlainText of its style in a box of `width`: the same engines, options and
 * attributes (the font stack at its weight, its size, spacing, line height and alignment), so its lines break and
 * sit where they would. Undefined for a character no font of the stack has, which react-pdf would set in Helvetica.
 */
export const valueLines = ({ text, style }: TSlotText, width: number): TValueLines | undefined => {
  const font = fontStackOf(style.fontWeight);
  const simple = font[0] && oneLatinLine({ text, style }, font[0], width);
  if (simple) return simple;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (!font.some((each) => each.hasGlyphForCodePoint(codePoint))) return undefined;
  }
  const attributes = {
    font: font as never,
    color: style.color,
    fontSize: style.fontSize,
    ...(style.lineHeight === undefined ? {} : { lineHeight: style.lineHeight * style.fontSize }),
    direction: "ltr" as const,
    characterSpacing: style.letterSpacing,
    underline: false,
    strike: false,
    strikeColor: style.color,
    underlineColor: style.color,
    align: style.textAlign ?? "left",
  };
  const paragraphs = engine(
    fromFragments([{ string: text, attributes }]),
    { x: 0, y: 0, width, height: Infinity },
    OPTIONS,
  );
  const lines = paragraphs.flat();
  const height = lines.reduce((sum, line) => sum + (line.box?.height ?? 0), 0);
  return { lines, height };
};
