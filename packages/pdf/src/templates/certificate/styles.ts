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

/** Greys shared by every section; the accent colour comes from the template settings. */
export const INK = { text: "#1F2328", muted: "#59636E", rule: "#D1D9E0", band: "#F6F8FA" };

/** The styles every section shares. */
export const styles = StyleSheet.create({
  page: {
    fontFamily: CERTIFICATE_FONT_FAMILY,
    fontSize: 10,
    color: INK.text,
    paddingTop: 18 * MM,
    paddingBottom: 24 * MM,
    paddingHorizontal: 16 * MM,
    lineHeight: 1.35,
  },
  label: { fontSize: 7.5, color: INK.muted, textTransform: "uppercase", letterSpacing: 0.6 },
  value: { fontSize: 10.5, marginBottom: 6 },
  strong: { fontWeight: 700 },
  sectionTitle: { fontSize: 9, fontWeight: 700, textTransform: "uppercase", letterSpacing: 0.8, marginBottom: 6 },
  section: { marginTop: 16 },
});
