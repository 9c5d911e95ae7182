import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";

const require = createRequire(import.meta.url);
const woff = require("woff2sfnt-sfnt2woff") as { toSfnt: (font: Buffer) => Buffer };

// Fontsource ships each script of Noto Sans as WOFF and WOFF2 only, no TTF. fontkit reads WOFF, but
// it inflates the whole glyf table again (in pure JS) for every glyph it copies into a PDF's font
// subset, which was 40% of a render; so each file is unpacked to TrueType once, here. WOFF2 is no
// way out: fontkit needs its pure-JS brotli for it, and its transformed glyf table.
// The files resolve from this module's own place on disk: it runs only in the pool's workers and
// tests, loaded from source by tsx or vitest, never from a Next.js bundle (whose paths are rewritten).
const NOTO_SANS = {
  latin: [
    require.resolve("@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff"),
    require.resolve("@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff"),
  ],
  "latin-ext": [
    require.resolve("@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff"),
    require.resolve("@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff"),
  ],
  vietnamese: [
    require.resolve("@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff"),
    require.resolve("@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff"),
  ],
  greek: [
    require.resolve("@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff"),
    require.resolve("@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff"),
  ],
  cyrillic: [
    require.resolve("@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff"),
    require.resolve("@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff"),
  ],
} as const;

/**
 * The certificate's font stack: react-pdf takes, character by character, the first family that has
 * the glyph, so a name mixing scripts or accents (Nguyễn, Łukasz, Ólafsdóttir) prints whole.
 */
export const CERTIFICATE_FONT_FAMILY = Object.keys(NOTO_SANS).map((subset) => `Noto Sans ${subset}`);

const trueTypeDataUrl = (path: string): string =>
  `data:font/ttf;base64,${woff.toSfnt(readFileSync(path)).toString("base64")}`;

/** Registers the bundled Noto Sans files with react-pdf once per process; react-pdf then keeps each parsed font. */
export const registerCertificateFonts = (): void => {
  const registered = new Set(Font.getRegisteredFontFamilies());
  for (const [subset, [regular, bold]] of Object.entries(NOTO_SANS)) {
    const family = `Noto Sans ${subset}`;
    // react-pdf's font store outlives a re-evaluated module (Next.js dev reloads), so look before adding.
    if (registered.has(family)) continue;
    Font.register({
      family,
      fonts: [
        { src: trueTypeDataUrl(regular), fontWeight: 400 },
        { src: trueTypeDataUrl(bold), fontWeight: 700 },
      ],
    });
  }
};
