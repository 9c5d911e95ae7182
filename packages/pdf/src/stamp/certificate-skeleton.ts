import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { TCheckedCertificateDocument } from "../certificate-document.ts";
import { runsOverPage, type TDocumentLayout } from "../page-overflow.ts";
import type { TCertificateLanguage } from "../settings/certificate-language.ts";
import type { TTemplateSettings } from "../template-settings.ts";
import { Certificate } from "../templates/certificate/certificate.tsx";
import { PAPER_POINTS } from "../templates/certificate/styles.ts";
import { recordPage, type TPageRecording } from "./page-recording.ts";

/** Where a value or the QR goes on the page: its box, in points from the page's top left. */
export type TSlotPlace = { left: number; top: number; width: number; height: number };
/** A certificate's page drawn without its holder's values, and where each of them (the QR too) goes. */
export type TCertificateSkeleton = { page: TPageRecording; places: ReadonlyMap<string, TSlotPlace> };

type TLayoutNode = {
  box?: { left?: number; top?: number; width?: number; height?: number; paddingLeft?: number; paddingTop?: number };
  props?: { slot?: unknown };
  children?: TLayoutNode[];
};

// No QR picture: in a skeleton the QR's place is an empty box too.
const NO_QR = { png: Buffer.alloc(0), modules: 0, quietZone: 0 };

/** Each named slot's box on the page; react-pdf's boxes are relative to their parent's. */
const placesOf = (node: TLayoutNode | undefined, x = 0, y = 0, found = new Map<string, TSlotPlace>()) => {
  const left = x + (node?.box?.left ?? 0);
  const top = y + (node?.box?.top ?? 0);
  const slot = node?.props?.slot;
  if (typeof slot === "string") {
    found.set(slot, {
      left: left + (node?.box?.paddingLeft ?? 0),
      top: top + (node?.box?.paddingTop ?? 0),
      width: node?.box?.width ?? 0,
      height: node?.box?.height ?? 0,
    });
  }
  for (const child of node?.children ?? []) placesOf(child, left, top, found);
  return found;
};

/** Lays the certificate out with each value's place an empty box of the height given (none: 0), and reads the places. */
const layOutSkeleton = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
  heights: ReadonlyMap<string, number>,
  creator?: string,
) => {
  let layout: TDocumentLayout | undefined;
  const onLayout = (drawn: TDocumentLayout) => {
    layout = drawn;
  };
  const slots = { kind: "skeleton", heights } as const;
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

/**
 * The width of each value's place for this document's template, language and shape; a place's width does not depend
 * on what the values say (each sits in a column of its own), so the values can be laid out before the skeleton.
 */
export const slotWidths = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
): Promise<ReadonlyMap<string, number>> => {
  const places = placesOf((await layOutSkeleton(document, settings, lang, new Map())) as TLayoutNode | undefined);
  return new Map([...places].map(([slot, place]) => [slot, place.width]));
};

/**
 * The certificate laid out with each value's place empty and as tall as its value's lines, and the page drawn
 * (the labels, rules, logo: all a holder's certificate shares with others of its shape) recorded before pdfkit
 * writes it. Null when the page runs over its paper: such a certificate flows onto more pages and is drawn whole.
 */
export const buildCertificateSkeleton = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
  heights: ReadonlyMap<string, number>,
): Promise<TCertificateSkeleton | null> => {
  let layout: TDocumentLayout | undefined;
  const page = await recordPage(async (creator) => {
    layout = await layOutSkeleton(document, settings, lang, heights, creator);
  });
  if (!page || runsOverPage(layout, PAPER_POINTS[settings.paper][1])) return null;
  return { page, places: placesOf(layout as TLayoutNode | undefined) };
};
