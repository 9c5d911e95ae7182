import { readDevanagariInOrder } from "./devanagari-text-order.ts";
import { keepGlyphsPerText } from "./glyphs-per-text.ts";
import { cacheLayouts } from "./layout-cache.ts";
import { layOutRightToLeftRuns } from "./right-to-left-runs.ts";
import type { ShapingFont } from "./shaped-glyph.ts";

const prepared = new WeakSet<object>();

/**
 * Makes a loaded fontkit font shape for react-pdf, once per font: a font of a complex script
 * (Devanagari, Arabic) gets the fixes in this folder, and every font keeps its layouts.
 */
export const prepareShaping = (font: object, { complexScript }: { complexScript: boolean }): void => {
  if (prepared.has(font)) return;
  prepared.add(font);
  if (complexScript) {
    keepGlyphsPerText(font as ShapingFont);
    layOutRightToLeftRuns(font as ShapingFont);
    readDevanagariInOrder(font as ShapingFont);
  }
  cacheLayouts(font as ShapingFont);
};
