import { StyleSheet } from "@react-pdf/renderer";
import { CERTIFICATE_FONT_FAMILY } from "../../fonts.ts";
import type { TPaperSize } from "../../template-settings.ts";

/** Points in a millimetre, for sizes that must hold on paper (the QR code). */
export const MM = 72 / 25.4;

/** Width and height of each paper size in points, portrait. */
export const PAPER_POINTS = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
  A5: [419.53, 595.28],
} as const satisfies Record<TPaperSize, readonly [number, number]>;

/** How much smaller than on A4 type and spacing are on each paper, so a page holds the same certificate. */
export const PAPER_SCALE = { A4: 1, Letter: 0.97, A5: 0.72 } as const satisfies Record<TPaperSize, number>;

/** Greys shared by every section; the accent colour comes from the template settings. */
export const INK = { text: "#1F2328", muted: "#59636E", rule: "#D1D9E0", band: "#F6F8FA" };

/** Type sizes and gaps at a paper's scale. */
export const sizesAt = (scale: number) => ({
  title: 25 * scale,
  localTitle: 20 * scale,
  subtitle: 11.5 * scale,
  body: 11 * scale,
  value: 12 * scale,
  name: 17 * scale,
  certificateId: 18 * scale,
  label: 7.5 * scale,
  section: 9.5 * scale,
  small: 8 * scale,
  gap: 12 * scale,
  margin: 16 * MM * scale,
});

/** Sizes at one scale. */
export type TSizes = ReturnType<typeof sizesAt>;

/** The styles every section shares. */
export const styles = StyleSheet.create({
  page: { fontFamily: CERTIFICATE_FONT_FAMILY, color: INK.text },
  strong: { fontWeight: 700 },
});
