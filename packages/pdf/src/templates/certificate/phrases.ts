import type { TCertificateLanguage } from "../../settings/certificate-language.ts";

/** The words of the certificate that are not the template's to change: section names and short notes. */
export const PHRASES = {
  en: {
    certificateId: "Certificate ID",
    issuedOn: "Issued on",
    issuedBy: "Issued by",
    holder: "Certificate holder",
    vaccination: "Vaccination",
    details: "Details",
    scanToVerify: "To verify, scan this QR code at",
    provisional: "Provisional",
    signatory: "Authorised signatory",
  },
  hi: {
    certificateId: "प्रमाणपत्र आईडी",
    issuedOn: "जारी करने की तारीख़",
    issuedBy: "जारीकर्ता",
    holder: "प्रमाणपत्र धारक",
    vaccination: "टीकाकरण",
    details: "विवरण",
    scanToVerify: "सत्यापन के लिए यह QR कोड स्कैन करें",
    provisional: "अनंतिम",
    signatory: "अधिकृत हस्ताक्षरकर्ता",
  },
  ar: {
    certificateId: "رقم الشهادة",
    issuedOn: "تاريخ الإصدار",
    issuedBy: "جهة الإصدار",
    holder: "حامل الشهادة",
    vaccination: "التطعيم",
    details: "التفاصيل",
    scanToVerify: "للتحقق، امسح رمز QR هذا",
    provisional: "مؤقتة",
    signatory: "المفوّض بالتوقيع",
  },
} as const satisfies Record<TCertificateLanguage, Record<string, string>>;

/** One of the fixed phrases. */
export type TPhrase = keyof (typeof PHRASES)["en"];
