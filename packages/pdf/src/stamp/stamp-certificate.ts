import { createHash } from "node:crypto";
import PDFDocument from "pdfkit";
import type { TCheckedCertificateDocument } from "../certificate-document.ts";
import { certificateLatinFont } from "../fonts.ts";
import { rewriteGlyphs } from "../pdf-glyphs.ts";
import type { CertificateQr } from "../qr-png.ts";
import type { TCertificateLanguage } from "../settings/certificate-language.ts";
import type { ShapedGlyph as TShapedGlyph } from "../shaping/shaped-glyph.ts";
import type { TTemplateSettings } from "../template-settings.ts";
import { certificateMetadata } from "../templates/certificate/certificate-metadata.ts";
import { certificateSlotTexts, type TSlotText } from "../templates/certificate/slot-texts.ts";
import { PAPER_SCALE, sizesAt } from "../templates/certificate/styles.ts";
import { certificateWords } from "../templates/certificate/words.ts";
import { buildCertificateSkeleton, type TCertificateSkeleton, type TSlotPlace } from "./certificate-skeleton.ts";

type Position = { xAdvance: number; xOffset: number; yOffset: number };
type LatinFont = {
  unitsPerEm: number;
  hasGlyphForCodePoint: (codePoint: number) => boolean;
  layout: (...args: unknown[]) => { glyphs: TShapedGlyph[]; positions: Position[] };
};
type Reference = { data: Record<string, unknown>; buffer: Uint8Array[]; uncompressedLength: number; end: () => void };
type Image = { label: string; obj?: unknown; embed: (document: StampedDocument) => void };
type StampedDocument = {
  _font: { id: string; ref: () => unknown };
  _fontCount: number;
  _imageCount: number;
  _opacityCount: number;
  _opacityRegistry: Record<string, [Reference, string]>;
  page: {
    content: Reference;
    fonts: Record<string, unknown>;
    xobjects: Record<string, unknown>;
    ext_gstates: Record<string, unknown>;
  };
  ref: (data: Record<string, unknown>) => Reference;
  addPage: (options: object) => StampedDocument;
  font: (font: object, size?: number) => StampedDocument;
  openImage: (source: unknown) => Image;
  save: () => StampedDocument;
  restore: () => StampedDocument;
  translate: (x: number, y: number) => StampedDocument;
  fillColor: (color: string) => StampedDocument;
  fillOpacity: (opacity: number) => StampedDocument;
  glyphs: (glyphs: TShapedGlyph[], positions: Position[], x: number, y: number) => void;
  image: (source: Buffer, x: number, y: number, options: { width: number; height: number }) => StampedDocument;
  on: (event: string, listener: (chunk?: Uint8Array) => void) => void;
  end: () => void;
};

// Skeletons a worker keeps: one per template, language and shape of certificate (doses, fields, programme).
const SKELETONS_KEPT = 64;
const skeletons = new Map<string, Promise<TCertificateSkeleton | null>>();

/** What decides a certificate's skeleton: everything it prints but its holder's values. */
const skeletonKey = (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
  values: ReadonlyMap<string, TSlotText>,
) =>
  createHash("sha256")
    .update(
      JSON.stringify([
        settings,
        lang,
        document.title ?? null,
        document.provisional,
        document.programme,
        document.issuer.name,
        document.issuer.country,
        document.verifyUrl,
        document.recipient.birthDate === undefined,
        document.eventFields.map(({ key, label, kind }) => [key, label, kind]),
        [...values.keys()],
      ]),
    )
    .digest("base64");

const skeletonFor = (
  key: string,
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
) => {
  let skeleton = skeletons.get(key);
  if (skeleton) {
    // Most recently used last, so the oldest is the one let go.
    skeletons.delete(key);
  } else {
    skeleton = buildCertificateSkeleton(document, settings, lang).catch(() => null);
    if (skeletons.size >= SKELETONS_KEPT) skeletons.delete(skeletons.keys().next().value as string);
  }
  skeletons.set(key, skeleton);
  return skeleton;
};

type TStampedValue = {
  place: TSlotPlace;
  value: TSlotText;
  font: LatinFont;
  glyphs: TShapedGlyph[];
  positions: Position[];
  x: number;
};

/**
 * The value laid out on one line as react-pdf lays out Latin text (fontkit's run of the whole text, scaled to its size,
 * the letter spacing after every glyph); undefined when it is not plain Latin text that fits its place on one line.
 */
const stampedValue = (place: TSlotPlace, value: TSlotText): TStampedValue | undefined => {
  const { text, style } = value;
  if (text !== text.trim() || /\s\s|[\n\r\t]/.test(text)) return undefined;
  const font = certificateLatinFont(style.fontWeight) as LatinFont;
  for (const character of text) {
    if (!font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0)) return undefined;
  }
  const run = font.layout(text, undefined, undefined, undefined, "ltr");
  const scale = style.fontSize / font.unitsPerEm;
  const spacing = style.letterSpacing ?? 0;
  const positions = run.positions.map((position) => ({
    xAdvance: position.xAdvance * scale + spacing,
    xOffset: position.xOffset * scale,
    yOffset: position.yOffset * scale,
  }));
  const advance = positions.reduce((sum, position) => sum + position.xAdvance, 0);
  if (advance > place.width) return undefined;
  const x = style.textAlign === "right" ? place.left + place.width - advance : place.left;
  return { place, value, font, glyphs: run.glyphs, positions, x };
};

/** A new document holding the skeleton's page as drawn: its fonts numbering their glyphs alike, its states and images. */
const documentWithPage = (
  skeleton: TCertificateSkeleton,
  lang: TCertificateLanguage,
  info: Record<string, unknown>,
): StampedDocument | undefined => {
  const pdf = new (PDFDocument as unknown as new (options: object) => StampedDocument)({
    compress: true,
    lang,
    displayTitle: true,
    autoFirstPage: false,
    info,
  });
  const { page } = skeleton;
  pdf.addPage({ size: page.size, margin: 0, userUnit: 1 });
  for (const { id, font, glyphs } of page.fonts) {
    pdf.font(font);
    if (pdf._font.id !== id) return undefined;
    rewriteGlyphs(pdf._font, glyphs);
    pdf.page.fonts[id] = pdf._font.ref();
  }
  for (const { key, name, data } of page.opacities) {
    const state = pdf.ref({ ...data });
    state.end();
    pdf._opacityRegistry[key] = [state, name];
    pdf.page.ext_gstates[name] = state;
  }
  pdf._opacityCount = page.opacities.length;
  for (const { label, source } of page.images) {
    const image = pdf.openImage(source);
    if (image.label !== label) return undefined;
    if (!image.obj) image.embed(pdf);
    pdf.page.xobjects[label] = image.obj;
  }
  const content = pdf.page.content;
  content.buffer = [];
  content.data.Length = 0;
  content.uncompressedLength = 0;
  pdf.page.content.buffer.push(page.content);
  content.data.Length = page.content.length;
  content.uncompressedLength = page.content.length;
  return pdf;
};

const finished = (pdf: StampedDocument): Promise<Buffer> =>
  new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    pdf.on("data", (chunk) => {
      if (chunk) chunks.push(chunk);
    });
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.end();
  });

/**
 * The certificate stamped on its template's skeleton: the page every holder's certificate shares is laid out and drawn
 * once per worker, and each certificate only sets its own values and QR in their places. The PDF reads as the one
 * react-pdf draws whole. Undefined when the certificate is not of the kind stamped (more than a page, a value that
 * wraps or is not Latin text): it is then drawn whole.
 */
export const stampCertificate = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
  qr: CertificateQr,
): Promise<Buffer | undefined> => {
  const blocks = settings.blocks.filter((block) => block.enabled);
  const values = certificateSlotTexts(document, blocks, sizesAt(PAPER_SCALE[settings.paper]));
  const skeleton = await skeletonFor(skeletonKey(document, settings, lang, values), document, settings, lang);
  if (!skeleton) return undefined;
  const stamped: TStampedValue[] = [];
  for (const place of skeleton.places) {
    const value = values.get(place.slot);
    const each = value && stampedValue(place, value);
    if (!each) return undefined;
    stamped.push(each);
  }
  const metadata = certificateMetadata(document, certificateWords(settings, lang));
  const pdf = documentWithPage(skeleton, lang, {
    Title: metadata.title,
    Author: metadata.author,
    Subject: metadata.subject,
    Keywords: metadata.keywords,
    Creator: "Vax",
    Producer: "Vax",
    CreationDate: new Date(),
  });
  if (!pdf) return undefined;
  for (const { place, value, font, glyphs, positions, x } of stamped) {
    pdf.save().translate(x, place.baseline).fillColor(value.style.color).fillOpacity(1);
    pdf.font(font, value.style.fontSize).glyphs(glyphs, positions, 0, 0);
    pdf.restore();
  }
  if (skeleton.qr) {
    const { left, top, width, height } = skeleton.qr;
    pdf.save().fillOpacity(1).image(qr.png, left, top, { width, height }).restore();
  }
  return finished(pdf);
};
