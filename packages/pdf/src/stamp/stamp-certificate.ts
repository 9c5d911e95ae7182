import { createHash } from "node:crypto";
import type { TCheckedCertificateDocument } from "../certificate-document.ts";
import type { CertificateQr } from "../qr-png.ts";
import type { TCertificateLanguage } from "../settings/certificate-language.ts";
import type { ShapedGlyph } from "../shaping/shaped-glyph.ts";
import type { TTemplateSettings } from "../template-settings.ts";
import { certificateMetadata } from "../templates/certificate/certificate-metadata.ts";
import { certificateSlotTexts, QR_SLOT, type TSlotText } from "../templates/certificate/slot-texts.ts";
import { PAPER_SCALE, sizesAt } from "../templates/certificate/styles.ts";
import { certificateWords } from "../templates/certificate/words.ts";
import {
  buildCertificateSkeleton,
  slotWidths,
  type TCertificateSkeleton,
  type TSlotPlace,
} from "./certificate-skeleton.ts";
import { documentWithPage, finishedPdf, type StampedDocument } from "./stamped-document.ts";
import { type TValueLines, valueLines } from "./value-lines.ts";

// What a worker keeps: per template, language and shape of certificate (doses, fields, programme), the widths of
// its values' places, and its skeletons (one per set of value heights: a name on two lines makes another).
const KEPT = 64;
const widths = new Map<string, Promise<ReadonlyMap<string, number> | null>>();
const skeletons = new Map<string, Promise<TCertificateSkeleton | null>>();

/** What decides a certificate's skeleton but its values' heights: everything it prints but its holder's values. */
const shapeKey = (
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

/** The kept answer under `key`, else `make`'s, kept; past KEPT, the least recently used is let go. */
const kept = <T>(cache: Map<string, Promise<T | null>>, key: string, make: () => Promise<T | null>) => {
  let answer = cache.get(key);
  if (answer) cache.delete(key);
  else {
    answer = make().catch(() => null);
    if (cache.size >= KEPT) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, answer);
  return answer;
};

/** Each value's lines at its place's width; undefined when one cannot be laid out by the stamp. */
const laidOutValues = (places: ReadonlyMap<string, number>, values: ReadonlyMap<string, TSlotText>) => {
  const laid = new Map<string, TValueLines>();
  for (const [slot, width] of places) {
    if (slot === QR_SLOT) continue;
    const value = values.get(slot);
    const lines = value && valueLines(value, width);
    if (!lines) return undefined;
    laid.set(slot, lines);
  }
  return laid;
};

/** Draws a value's lines in its place as react-pdf draws a text's: each line at its ascent, each run after the last. */
const drawLines = (pdf: StampedDocument, place: TSlotPlace, { lines }: TValueLines) => {
  const firstY = lines[0]?.box?.y ?? 0;
  for (const line of lines) {
    pdf.save().translate(place.left + (line.box?.x ?? 0), place.top + (line.box?.y ?? 0) - firstY + (line.ascent ?? 0));
    for (const run of line.runs) {
      const font = run.attributes.font?.[0];
      if (!run.glyphs || !run.positions || !font) continue;
      pdf.fillColor(run.attributes.color ?? "black").fillOpacity(run.attributes.opacity ?? 1);
      pdf.font(font, run.attributes.fontSize).glyphs([...run.glyphs] as ShapedGlyph[], run.positions, 0, 0);
      pdf.translate(run.xAdvance ?? 0, 0);
    }
    pdf.restore();
  }
};

/**
 * The certificate stamped on its template's skeleton: the page every holder's certificate of its shape shares is
 * laid out and drawn once per worker, and each certificate only lays out and sets its own values and QR in their
 * places, with react-pdf's own text engine. The PDF reads and looks as the one react-pdf draws whole. Undefined
 * when the certificate runs over its page or holds a character no bundled font has: it is then drawn whole.
 */
export const stampCertificate = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
  qr: CertificateQr,
): Promise<Buffer | undefined> => {
  const blocks = settings.blocks.filter((block) => block.enabled);
  const values = certificateSlotTexts(document, blocks, sizesAt(PAPER_SCALE[settings.paper]));
  const shape = shapeKey(document, settings, lang, values);
  const places = await kept(widths, shape, () => slotWidths(document, settings, lang));
  const laid = places && laidOutValues(places, values);
  if (!laid) return undefined;
  const heights = new Map([...laid].map(([slot, lines]) => [slot, lines.height]));
  const heightsKey = [...heights.values()].map((height) => height.toFixed(3)).join(",");
  const skeleton = await kept(skeletons, `${shape} ${heightsKey}`, () =>
    buildCertificateSkeleton(document, settings, lang, heights),
  );
  if (!skeleton) return undefined;
  const metadata = certificateMetadata(document, certificateWords(settings, lang));
  const pdf = documentWithPage(skeleton.page, lang, {
    Title: metadata.title,
    Author: metadata.author,
    Subject: metadata.subject,
    Keywords: metadata.keywords,
    Creator: "Vax",
    Producer: "Vax",
    CreationDate: new Date(),
  });
  if (!pdf) return undefined;
  for (const [slot, lines] of laid) {
    const place = skeleton.places.get(slot);
    if (!place) return undefined;
    drawLines(pdf, place, lines);
  }
  const qrPlace = skeleton.places.get(QR_SLOT);
  if (qrPlace) {
    const { left, top, width, height } = qrPlace;
    pdf.save().fillOpacity(1).image(qr.png, left, top, { width, height }).restore();
  }
  return finishedPdf(pdf);
};
