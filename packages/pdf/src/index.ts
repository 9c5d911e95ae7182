export {
  certificateDocumentSchema,
  certificateDoseSchema,
  certificateEventFieldSchema,
  type TCertificateDocument,
  type TCertificateDose,
  type TCertificateEventField,
  type TCheckedCertificateDocument,
} from "./certificate-document.ts";
export { type RenderCertificateOptions, renderCertificatePdf } from "./render-certificate-pdf.ts";
export { CERTIFICATE_LANGUAGES, type TCertificateLanguage } from "./settings/certificate-language.ts";
export { MAX_IMAGE_BYTES } from "./settings/image-data-url.ts";
export { schemaTemplateSettings, testReportTemplateSettings } from "./settings/schema-template-settings.ts";
export {
  BLOCK_TYPES,
  HOLDER_FIELDS,
  QR_SIZE_MM,
  type TTemplateBlock,
  type TTemplateBlockOf,
  type TTemplateBlockType,
} from "./settings/template-blocks.ts";
export {
  defaultTemplateSettings,
  PAPER_SIZES,
  parseTemplateSettings,
  TEMPLATE_SETTINGS_VERSION,
  TemplateSettingsError,
  type TPaperSize,
  type TTemplateSettings,
  type TTemplateSettingsInput,
  type TTranslatedLabels,
  templateSettingsSchema,
} from "./template-settings.ts";
