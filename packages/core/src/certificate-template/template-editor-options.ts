import {
  BLOCK_TYPES,
  CERTIFICATE_LANGUAGES,
  defaultTemplateSettings,
  HOLDER_FIELDS,
  MAX_IMAGE_BYTES,
  PAPER_SIZES,
  QR_SIZE_MM,
  type TTemplateSettings,
} from "@vax/pdf";

/** What the template editor offers, from the renderer's own rules, so the browser bundle needs no renderer code. */
export type TTemplateEditorOptions = {
  paperSizes: readonly string[];
  blockTypes: readonly string[];
  holderFields: readonly string[];
  /** The event fields an event block can show, as the labels name them. */
  eventFields: readonly string[];
  languages: readonly string[];
  qrSizeMm: { min: number; max: number };
  maxImageBytes: number;
  defaultSettings: TTemplateSettings;
};

/** The choices and limits of the template editor, and the settings a new template starts from. */
export const templateEditorOptions = (): TTemplateEditorOptions => ({
  paperSizes: PAPER_SIZES,
  blockTypes: BLOCK_TYPES,
  holderFields: HOLDER_FIELDS,
  eventFields: Object.keys(defaultTemplateSettings.labels.en.fields).filter(
    (field) => !(HOLDER_FIELDS as readonly string[]).includes(field) && field !== "age",
  ),
  languages: CERTIFICATE_LANGUAGES,
  qrSizeMm: { min: QR_SIZE_MM.min, max: QR_SIZE_MM.max },
  maxImageBytes: MAX_IMAGE_BYTES,
  defaultSettings: defaultTemplateSettings,
});
