import type { TCertificateLanguage } from "./certificate-language.ts";

/** A template's words in one language: its title, subtitle, footer and the names of the fields it prints. */
export type TLabelSet = { title: string; subtitle: string; footer: string; fields: Record<string, string> };

/**
 * The words of the built-in vaccination template, in each language it prints. Field names are
 * keyed as the certificate document names its fields; a key no language names prints under the
 * label the document gives it.
 */
export const DEFAULT_LABELS = {
  en: {
    title: "Certificate of Vaccination",
    subtitle: "Digitally signed proof of vaccination",
    footer: "This certificate is digitally signed by its issuer. Changing any detail makes the QR code fail to verify.",
    fields: {
      name: "Name",
      birthDate: "Date of birth",
      age: "Age",
      gender: "Gender",
      identifier: "Identity",
      dose: "Dose",
      vaccine: "Vaccine",
      manufacturer: "Manufacturer",
      batch: "Batch",
      date: "Date",
      facility: "Facility",
      testType: "Test type",
      result: "Result",
      sampleCollectionTimestamp: "Sample collected",
      facility_name: "Laboratory",
    },
  },
  hi: {
    title: "टीकाकरण प्रमाणपत्र",
    subtitle: "टीकाकरण का डिजिटल हस्ताक्षरित प्रमाण",
    footer: "यह प्रमाणपत्र जारीकर्ता द्वारा डिजिटल रूप से हस्ताक्षरित है। कोई भी विवरण बदलने पर QR कोड सत्यापित नहीं होगा।",
    fields: {
      name: "नाम",
      birthDate: "जन्म तिथि",
      age: "आयु",
      gender: "लिंग",
      identifier: "पहचान",
      dose: "खुराक",
      vaccine: "टीका",
      manufacturer: "निर्माता",
      batch: "बैच",
      date: "तारीख़",
      facility: "केंद्र",
      testType: "जाँच का प्रकार",
      result: "परिणाम",
      sampleCollectionTimestamp: "नमूने की तारीख़",
      facility_name: "प्रयोगशाला",
    },
  },
  ar: {
    title: "شهادة التطعيم",
    subtitle: "إثبات تطعيم موقّع رقميًا",
    footer: "هذه الشهادة موقّعة رقميًا من جهة إصدارها. أي تغيير في بياناتها يُفشل التحقق من رمز QR.",
    fields: {
      name: "الاسم",
      birthDate: "تاريخ الميلاد",
      age: "العمر",
      gender: "الجنس",
      identifier: "الهوية",
      dose: "الجرعة",
      vaccine: "اللقاح",
      manufacturer: "الشركة المصنّعة",
      batch: "التشغيلة",
      date: "التاريخ",
      facility: "المنشأة",
      testType: "نوع الفحص",
      result: "النتيجة",
      sampleCollectionTimestamp: "تاريخ أخذ العينة",
      facility_name: "المختبر",
    },
  },
} as const satisfies Record<TCertificateLanguage, TLabelSet>;
