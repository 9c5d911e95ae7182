export type { TTemplateBlock, TTemplateSettings } from "@vax/pdf";
export type { TTemplateSummary, TTemplateVersionView, TTemplateView } from "../schemas/certificate-template";
export {
  type ChooseProgrammeTemplateOptions,
  chooseProgrammeTemplate,
  type TProgrammeTemplate,
} from "./choose-programme-template";
export { type CreateCertificateTemplateOptions, createCertificateTemplate } from "./create-certificate-template";
export { type GetCertificateTemplateOptions, getCertificateTemplate } from "./get-certificate-template";
export {
  type GetCertificateTemplateVersionOptions,
  getCertificateTemplateVersion,
} from "./get-certificate-template-version";
export { type ListCertificateTemplatesOptions, listCertificateTemplates } from "./list-certificate-templates";
export { type PreviewCertificateTemplateOptions, previewCertificateTemplate } from "./preview-certificate-template";
export { type RetireCertificateTemplateOptions, retireCertificateTemplate } from "./retire-certificate-template";
export {
  type SaveCertificateTemplateVersionOptions,
  saveCertificateTemplateVersion,
} from "./save-certificate-template-version";
export { type TTemplateEditorOptions, templateEditorOptions } from "./template-editor-options";
export { parseStoredTemplateSettings } from "./template-settings-input";
