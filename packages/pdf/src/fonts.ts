import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";
import { installFontShortcuts } from "./pdf-fonts.ts";
import { installGlyphWriter } from "./pdf-glyphs.ts";
import { prepareShaping } from "./shaping/prepare-shaping.ts";

const require = createRequire(import.meta.url);
const woff = require("woff2sfnt-sfnt2woff") as { toSfnt: (font: Buffer) => Buffer };

const files = (family: string, subset: string) =>
  [400, 700].map((weight) => require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`));

// Fontsource ships each script of Noto Sans as WOFF and WOFF2 only, no TTF. fontkit reads WOFF, but
// it inflates the whole glyf table again (in pure JS) for every glyph it copies into a PDF's font
// subset, which was 40% of a render; so each file is unpacked to TrueType once, here. WOFF2 is no
// way out: fontkit needs its pure-JS brotli for it, and its transformed glyf table.
// The files resolve from this module's own place on disk: it runs only in the pool's workers and
// tests, loaded from source by tsx or vitest, never from a Next.js bundle (whose paths are rewritten).
const NOTO_SANS = {
  latin: files("noto-sans", "latin"),
  "latin-ext": files("noto-sans", "latin-ext"),
  vietnamese: files("noto-sans", "vietnamese"),
  greek: files("noto-sans", "greek"),
  cyrillic: files("noto-sans", "cyrillic"),
  devanagari: files("noto-sans-devanagari", "devanagari"),
  arabic: files("noto-sans-arabic", "arabic"),
} as const;

// The scripts whose shaping react-pdf gets wrong on its own (see shaping/).
const SHAPED = new Set<string>(["devanagari", "arabic"]);
const familyOf = (subset: string) => `Noto Sans ${subset}`;

/**
 * The certificate's font stack: react-pdf takes, character by character, the first family that has
 * the glyph, so a name mixing scripts or accents (Nguyễn, Łukasz, Ólafsdóttir) prints whole, and
 * Hindi and Arabic labels take Noto Sans Devanagari and Noto Sans Arabic.
 */
export const CERTIFICATE_FONT_FAMILY = Object.keys(NOTO_SANS).map(familyOf);

const trueTypeDataUrl = (path: string): string =>
  `data:font/ttf;base64,${woff.toSfnt(readFileSync(path)).toString("base64")}`;

let prepared: Promise<void> | undefined;

/**
 * The parsed font of each family of the certificate's stack at a weight, in the stack's order, as react-pdf sets text
 * in them: the stamp lays out holders' values with these. Call after prepareCertificateFonts.
 */
export const certificateFontStack = (fontWeight: 400 | 700): object[] =>
  CERTIFICATE_FONT_FAMILY.map((fontFamily) => {
    const source = Font.getFont({ fontFamily, fontWeight }) as { data?: object | null } | undefined;
    if (!source?.data) throw new Error("The certificate fonts are not loaded yet");
    return source.data;
  });

/**
 * Registers the bundled Noto Sans files with react-pdf and loads them, once per process, so that
 * each is set to shape right and keep its layouts, and the glyph writer is installed, before the
 * first render; react-pdf then keeps each parsed font.
 */
export const prepareCertificateFonts = (): Promise<void> => {
  prepared ??= (async () => {
    installGlyphWriter();
    installFontShortcuts();
    const registered = new Set(Font.getRegisteredFontFamilies());
    for (const [subset, [regular, bold]] of Object.entries(NOTO_SANS)) {
      const family = familyOf(subset);
      // react-pdf's font store outlives a re-evaluated module (Next.js dev reloads), so look before adding.
      if (!registered.has(family) && regular && bold) {
        Font.register({
          family,
          fonts: [
            { src: trueTypeDataUrl(regular), fontWeight: 400 },
            { src: trueTypeDataUrl(bold), fontWeight: 700 },
          ],
        });
      }
      for (const fontWeight of [400, 700]) {
        const descriptor = { fontFamily: family, fontWeight, fontStyle: "normal" } as const;
        await Font.load(descriptor);
        const source = Font.getFont(descriptor) as { data?: object | null } | undefined;
        if (!source?.data) throw new Error(`${family} ${fontWeight} did not load`);
        prepareShaping(source.data, { complexScript: SHAPED.has(subset) });
      }
    }
  })();
  return prepared;
};
