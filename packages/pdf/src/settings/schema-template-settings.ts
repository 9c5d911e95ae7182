import { parseTemplateSettings, type TTemplateSettings } from "../template-settings.ts";
import { DEFAULT_LABELS } from "./default-labels.ts";

// The built-in look with a test report's own title and subtitle in each language; field names are the defaults'.
const TEST_REPORT_WORDS = {
  en: { title: "COVID-19 Test Report", subtitle: "Digitally signed test result" },
  hi: { title: "कोविड-19 जाँच रिपोर्ट", subtitle: "जाँच परिणाम का डिजिटल हस्ताक्षरित प्रमाण" },
  ar: { title: "تقرير فحص كوفيد-19", subtitle: "نتيجة فحص موقّعة رقميًا" },
} as const;

/** The built-in template of the COVID-19 test report: the vaccination template's look, titled as a test report. */
export const testReportTemplateSettings = (): TTemplateSettings =>
  parseTemplateSettings({
    labels: {
      en: { ...TEST_REPORT_WORDS.en, fields: { ...DEFAULT_LABELS.en.fields } },
      hi: { ...TEST_REPORT_WORDS.hi, fields: { ...DEFAULT_LABELS.hi.fields } },
      ar: { ...TEST_REPORT_WORDS.ar, fields: { ...DEFAULT_LABELS.ar.fields } },
    },
  });

/**
 * The built-in template of a tenant's own schema, titled with the schema's title; a schema names itself in one
 * language, so the title prints in English alone while the standard field names and footer are translated.
 */
export const schemaTemplateSettings = (title: string): TTemplateSettings =>
  parseTemplateSettings({
    labels: {
      en: { title, subtitle: "Digitally signed credential" },
      hi: { footer: DEFAULT_LABELS.hi.footer },
      ar: { footer: DEFAULT_LABELS.ar.footer },
    },
  });
