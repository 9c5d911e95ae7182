import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { TCheckedCertificateDocument } from "./certificate-document.ts";
import { prepareCertificateFonts } from "./fonts.ts";
import { runsOverPage, type TDocumentLayout } from "./page-overflow.ts";
import { type CertificateQr, certificateQrPng } from "./qr-png.ts";
import type { TCertificateLanguage } from "./settings/certificate-language.ts";
import { stampCertificate } from "./stamp/stamp-certificate.ts";
import type { TTemplateSettings } from "./template-settings.ts";
import { Certificate } from "./templates/certificate/certificate.tsx";
import { PAPER_POINTS } from "./templates/certificate/styles.ts";

/**
 * Draws the whole certificate with react-pdf: laid out once as a single page, and drawn again
 * flowing onto further pages when too long for one (many doses, long event fields).
 */
export const drawWholeCertificate = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage,
  qr: CertificateQr,
): Promise<Buffer> => {
  await prepareCertificateFonts();
  const draw = async (flowing: boolean) => {
    let layout: TDocumentLayout | undefined;
    const onLayout = (drawn: TDocumentLayout) => {
      layout = drawn;
    };
    const element = createElement(Certificate, { document, settings, qr, lang, flowing, onLayout });
    const pdf = await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
    return { pdf, layout };
  };
  const onePage = await draw(false);
  if (!runsOverPage(onePage.layout, PAPER_POINTS[settings.paper][1])) return onePage.pdf;
  return (await draw(true)).pdf;
};

/**
 * Renders a checked certificate document as a PDF on the calling thread, in English and `lang`
 * (English alone for "en"). The pool's workers run this; call it directly only where a worker
 * thread cannot start. Most certificates are stamped on their template's skeleton (see stamp/),
 * the others drawn whole.
 */
export const renderCertificatePdfOnThisThread = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage = "en",
): Promise<Buffer> => {
  await prepareCertificateFonts();
  const qr = certificateQrPng(document.qr);
  return (await stampCertificate(document, settings, lang, qr)) ?? drawWholeCertificate(document, settings, lang, qr);
};
