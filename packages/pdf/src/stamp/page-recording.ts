import PDFDocument from "pdfkit";
import { type TWrittenGlyph, writtenGlyphs } from "../pdf-glyphs.ts";

/**
 * A page as react-pdf drew it, before pdfkit wrote it out: its content stream, and the resources the content names
 * (fonts with the glyphs written to them in order, opacity states, images) so another document can hold the same.
 */
export type TPageRecording = {
  size: [number, number];
  content: Uint8Array;
  fonts: Array<{ id: string; font: object; glyphs: TWrittenGlyph[] }>;
  opacities: Array<{ key: string; name: string; data: Record<string, unknown> }>;
  images: Array<{ label: string; source: unknown }>;
};

type Reference = { data: Record<string, unknown>; buffer: Uint8Array[] };
type RecordedDocument = {
  info?: { Creator?: unknown };
  _pageBuffer: Array<{ width: number; height: number; content: Reference; xobjects: Record<string, unknown> }>;
  _fontFamilies: Record<string, { id: string; font: object }>;
  _opacityRegistry: Record<string, [Reference, string]>;
};
type Methods = {
  end: (this: RecordedDocument) => unknown;
  openImage: (this: RecordedDocument, source: unknown) => { label: string };
  vaxPageRecording?: true;
};

const WAITING = new Map<string, (recording: TPageRecording | null) => void>();
const OPENED = new WeakMap<RecordedDocument, Array<{ label: string; source: unknown }>>();

const markOf = (document: RecordedDocument): string | undefined => {
  const creator = document.info?.Creator;
  return typeof creator === "string" && WAITING.has(creator) ? creator : undefined;
};

const fontNumber = (id: string) => Number(id.slice(1));

const snapshot = (document: RecordedDocument): TPageRecording | null => {
  const [page, ...more] = document._pageBuffer;
  if (!page || more.length > 0) return null;
  return {
    size: [page.width, page.height],
    content: Buffer.concat(page.content.buffer),
    fonts: [...new Set(Object.values(document._fontFamilies))]
      .sort((a, b) => fontNumber(a.id) - fontNumber(b.id))
      .map((embedded) => ({ id: embedded.id, font: embedded.font, glyphs: writtenGlyphs(embedded) })),
    opacities: Object.entries(document._opacityRegistry).map(([key, [reference, name]]) => ({
      key,
      name,
      data: { ...reference.data },
    })),
    images: (OPENED.get(document) ?? []).filter(({ label }) => label in page.xobjects),
  };
};

const install = () => {
  const prototype = PDFDocument.prototype as unknown as Methods;
  if (prototype.vaxPageRecording) return;
  prototype.vaxPageRecording = true;
  const { end, openImage } = prototype;
  prototype.openImage = function (source) {
    const image = openImage.call(this, source);
    if (markOf(this)) OPENED.set(this, [...(OPENED.get(this) ?? []), { label: image.label, source }]);
    return image;
  };
  prototype.end = function () {
    const mark = markOf(this);
    if (mark) {
      // A page that cannot be recorded is drawn whole instead; the document still ends.
      let recorded: TPageRecording | null = null;
      try {
        recorded = snapshot(this);
      } catch {
        recorded = null;
      }
      WAITING.get(mark)?.(recorded);
      WAITING.delete(mark);
    }
    return end.call(this);
  };
};

let marks = 0;

/**
 * Records the one page of the document that `draw` makes react-pdf render, the Creator it is given marking it; null
 * when it drew more than one page. The page is taken as drawn, before pdfkit finishes and writes it.
 */
export const recordPage = async (draw: (creator: string) => Promise<unknown>): Promise<TPageRecording | null> => {
  install();
  const mark = `Vax page recording ${++marks}`;
  let recording: TPageRecording | null = null;
  WAITING.set(mark, (page) => {
    recording = page;
  });
  try {
    await draw(mark);
  } finally {
    WAITING.delete(mark);
  }
  return recording;
};
