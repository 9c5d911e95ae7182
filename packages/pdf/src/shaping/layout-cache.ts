import type { GlyphRun, ShapingFont } from "./shaped-glyph.ts";

// Most of a certificate's text is the same on every one (titles, labels, footers), and shaping it
// (fontkit's GSUB and GPOS lookups, heavy for Devanagari) was a third of a bilingual render.
const MAX_RUNS = 20_000;

/**
 * Keeps each font's layout of each run of text, so a worker shapes a label once. Callers get
 * fresh arrays over the same glyph objects, which react-pdf copies and never changes. Names and
 * numbers differ on every certificate, so the cache is emptied when it is full.
 */
export const cacheLayouts = (font: ShapingFont): void => {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features, script, language, direction) => {
    const key = `${direction ?? ""}|${String(script ?? "")}|${String(language ?? "")}|${features === undefined ? "" : JSON.stringify(features)}|${text}`;
    let run = runs.get(key);
    if (!run) {
      if (runs.size >= MAX_RUNS) runs.clear();
      run = layout(text, features, script, language, direction);
      runs.set(key, run);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(run)), run, {
      glyphs: [...run.glyphs],
      positions: [...run.positions],
    }) as GlyphRun;
  };
};
