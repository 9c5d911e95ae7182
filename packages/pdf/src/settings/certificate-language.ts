/** The languages a certificate prints in: always English, and one of these beside it. */
export const CERTIFICATE_LANGUAGES = ["en", "hi", "ar"] as const;

/** A language a certificate's labels are written in. */
export type TCertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

/** Whether a language tag is one the certificate prints. */
export const isCertificateLanguage = (lang: unknown): lang is TCertificateLanguage =>
  CERTIFICATE_LANGUAGES.includes(lang as TCertificateLanguage);
