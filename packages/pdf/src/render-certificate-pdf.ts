import { certificateDocumentSchema, type TCertificateDocument } from "./certificate-document.ts";
import { certificatePdfPool } from "./pool/certificate-pdf-pool.ts";
import { isCertificateLanguage, type TCertificateLanguage } from "./settings/certificate-language.ts";
import { defaultTemplateSettings, type TTemplateSettings } from "./template-settings.ts";

/**
 * How to print a certificate: its template's settings (the built-in template when none), and the
 * language printed beside English (`hi`, `ar`; `en`, the default, prints English alone).
 */
export type RenderCertificateOptions = { settings?: TTemplateSettings; lang?: TCertificateLanguage };

/**
 * Renders a certificate as a PDF with its template's settings. A render takes some milliseconds
 * of CPU, so it runs on a pool of worker threads, one per core: the caller's event loop stays
 * free and concurrent downloads use every core.
 */
export const renderCertificatePdf = async (
  document: TCertificateDocument,
  { settings = defaultTemplateSettings, lang = "en" }: RenderCertificateOptions = {},
): Promise<Buffer> => {
  if (!isCertificateLanguage(lang)) throw new Error(`A certificate prints in en, hi or ar, not ${String(lang)}`);
  const checked = certificateDocumentSchema.parse(document);
  const pdf: Uint8Array = await certificatePdfPool().run({ document: checked, settings, lang });
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
};
