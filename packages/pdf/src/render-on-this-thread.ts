import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { TCheckedCertificateDocument } from "./certificate-document.ts";
import { prepareCertificateFonts } from "./fonts.ts";
import { certificateQrPng } from "./qr-png.ts";
import type { TCertificateLanguage } from "./settings/certificate-language.ts";
import type { TTemplateSettings } from "./template-settings.ts";
import { Certificate } from "./templates/certificate/certificate.tsx";

/**
 * Renders a checked certificate document as a PDF on the calling thread, in English and `lang`
 * (English alone for "en"). The pool's workers run this; call it directly only where a worker
 * thread cannot start.
 */
export const renderCertificatePdfOnThisThread = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
  lang: TCertificateLanguage = "en",
): Promise<Buffer> => {
  await prepareCertificateFonts();
  const element = createElement(Certificate, { document, settings, qr: certificateQrPng(document.qr), lang });
  return renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
};
