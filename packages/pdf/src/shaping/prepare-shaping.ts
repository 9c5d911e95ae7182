import { readDevanagariInOrder } from "./devanagari-text-order.ts";
import { keepGlyphsPerText } from "./glyphs-per-text.ts";
import { layOutRightToLeftRuns } from "./right-to-left-runs.ts";
import type { ShapingFont } from "./shaped-glyph.ts";

const prepared = new WeakSet<object>();

/** Makes a loaded fontkit font shape for react-pdf as described above; once per font. */
export const prepareShaping = (font: object): void => {
  if (prepared.has(font)) return;
  prepared.add(font);
  keepGlyphsPerText(font as ShapingFont);
  layOutRightToLeftRuns(font as ShapingFont);
  readDevanagariInOrder(font as ShapingFont);
};
