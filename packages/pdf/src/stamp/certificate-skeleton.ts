import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { TCheckedCertificateDocument } from "../certificate-document.ts";
import { runsOverPage, type TDocumentLayout } from "../page-overflow.ts";
import type { TCertificateLanguage } from "../settings/certificate-language.ts";
import type { TTemplateSettings } from "../template-settings.ts";
import { Certificate } from "../templates/certificate/certificate.tsx";
import type { TSlotMode } from "../templates/certificate/certificate-context.ts";
import { QR_SLOT } from "../templates/certificate/slot-texts.ts";
import { PAPER_POINTS } from "../templates/certificate/styles.ts";
import { recordPage, type TPageRecording } from "./page-recording.ts";

/** Where one value goes on the page, in points from the top left: its box, and its line's baseline and start. */
export type TSlotPlace = { slot: string; left: number; top: number; width: number; height: number; baseline: number };
/** Where the QR picture goes. */
export type TQrPlace = { left: number; top: number; width: number; height: number };
/** A certificate's page drawn without its holder's values, and where each of them goes. */
export type TCertificateSkeleton = { page: TPageRecording; places: TSlotPlace[]; qr: TQrPlace | null };

type TBox = { left?: number; top?: number; width?: number; height?: number; paddingLeft?: number; paddingTop?: number };
type TLayoutNode = {
  box?: TBox;
  props?: { slot?: unknown };
  children?: TLayoutNode[];
  lines?: Array<{ ascent?: number }>;
  alignOffset?: number;
};

// A placeholder QR picture: in a probe or a skeleton the QR's place is an empty box.
const NO_QR = { png: Buffer.alloc(0), modules: 0, quietZone: 0 };

/** Each named slot of a laid-out document, with its place on the page (react-pdf boxes are relative to their parent). */
const slotsOf = (
  node: TLayoutNode,
  x: number,
  y: number,
  found: Array<{ node: TLayoutNode; left: number; top: number }>,
) => {
  const left = x + (node.box?.left ?? 0);
  const top = y + (node.box?.top ?? 0);
  if (typeof node.props?.slot === "string") found.push({ node, left, top });
  for (const child of node.children ?? []) slotsOf(child, left, top, found);
  return found;
};

const layOut = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
  slots: TSlotMode,
  creator?: string,
) => {
  let layout: TDocumentLayout | undefined;
  const onLayout = (drawn: TDocumentLayout) => {
    layout = drawn;
  };
  const element = createElement(Certificate, {
    document,
    settings,
    qr: NO_QR,
    lang,
    flowing: false,
    onLayout,
    slots,
    creator,
  });
  await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
  return layout;
};

const placesOf = (layout: TDocumentLayout | undefined) =>
  slotsOf(layout as TLayoutNode, 0, 0, []).map(({ node, left, top }) => ({
    slot: node.props?.slot as string,
    node,
    left: left + (node.box?.paddingLeft ?? 0),
    top: top + (node.box?.paddingTop ?? 0),
    width: node.box?.width ?? 0,
    height: node.box?.height ?? 0,
  }));

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

/**
 * Lays out the certificate twice for this document's template, language and shape: with one line of probe text in
 * each value's place, which says where every value goes and how tall it is; then with those places empty and as tall,
 * recording the page drawn (the labels, rules, logo: all that every holder's certificate shares). Null when the
 * certificate is not one page, or a value's place is not one plain line, so it is always drawn whole instead.
 */
export const buildCertificateSkeleton = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
): Promise<TCertificateSkeleton | null> => {
  const probe = await layOut(document, settings, lang, { kind: "probe" });
  if (!probe || runsOverPage(probe, PAPER_POINTS[settings.paper][1])) return null;
  const probed = placesOf(probe);
  const places: TSlotPlace[] = [];
  let qr: TQrPlace | null = null;
  for (const { slot, node, left, top, width, height } of probed) {
    if (slot === QR_SLOT) {
      qr = { left, top, width, height };
      continue;
    }
    const [line, ...more] = node.lines ?? [];
    // A value's line spans its box (the stamp aligns it there), so its box must not shrink to its text.
    if (!line || more.length > 0 || (node.alignOffset ?? 0) !== 0) return null;
    places.push({ slot, left, top, width, height, baseline: top + (line.ascent ?? 0) });
  }
  const heights = new Map(places.map(({ slot, height }) => [slot, height]));
  let drawn: TDocumentLayout | undefined;
  const page = await recordPage(async (creator) => {
    drawn = await layOut(document, settings, lang, { kind: "skeleton", heights }, creator);
  });
  if (!page) return null;
  // The empty places must sit where the probe's lines did, or the values would land off their labels.
  const empty = placesOf(drawn);
  const same =
    empty.length === probed.length &&
    empty.every(
      (each, index) =>
        each.slot === probed[index]?.slot &&
        near(each.left, probed[index].left) &&
        near(each.top, probed[index].top) &&
        near(each.width, probed[index].width),
    );
  return same ? { page, places, qr } : null;
};
