import { certificateDocumentSchema, type TCertificateDocument } from "./certificate-document.ts";
import { certificatePdfPool } from "./pool/certificate-pdf-pool.ts";
import { defaultTemplateSettings, type TTemplateSettings } from "./template-settings.ts";

/** How to print a certificate: its template's settings (the built-in template when none). */
export type RenderCertificateOptions = { settings?: TTemplateSettings };

/**
 * Renders a certificate as a PDF with its template's settings.
 * A render takes some 25 ms of CPU, so it runs on a pool of worker threads, one per core: the
 * caller's event loop stays free and concurrent downloads use every core.
 */
export const renderCertificatePdf = async (
  document: TCertificateDocument,
  { settings = defaultTemplateSettings }: RenderCertificateOptions = {},
): Promise<Buffer> => {
  const checked = certificateDocumentSchema.parse(document);
  const pdf: Uint8Array = await certificatePdfPool().run({ document: checked, settings });
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
};
