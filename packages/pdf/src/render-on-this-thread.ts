import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { TCheckedCertificateDocument } from "./certificate-document.ts";
import { registerCertificateFonts } from "./fonts.ts";
import { certificateQrPng } from "./qr-png.ts";
import type { TTemplateSettings } from "./template-settings.ts";
import { Certificate } from "./templates/certificate/certificate.tsx";

/**
 * Renders a checked certificate document as an A4 PDF on the calling thread. The pool's workers
 * run this; call it directly only where a worker thread cannot start.
 */
export const renderCertificatePdfOnThisThread = async (
  document: TCheckedCertificateDocument,
  settings: TTemplateSettings,
): Promise<Buffer> => {
  registerCertificateFonts();
  const element = createElement(Certificate, { document, settings, qr: certificateQrPng(document.qr) });
  return renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
};
