export {
  certificateDocumentSchema,
  certificateDoseSchema,
  type TCertificateDocument,
  type TCertificateDose,
  type TCheckedCertificateDocument,
} from "./certificate-document.ts";
export { renderCertificatePdf } from "./render-certificate-pdf.ts";
export {
  defaultTemplateSettings,
  parseTemplateSettings,
  TemplateSettingsError,
  type TTemplateSettings,
  type TTemplateSettingsInput,
  templateSettingsSchema,
} from "./template-settings.ts";
