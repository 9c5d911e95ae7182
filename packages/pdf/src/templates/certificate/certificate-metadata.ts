import type { TCheckedCertificateDocument } from "../../certificate-document.ts";
import type { TCertificateWords } from "./words.ts";

/** The certificate's title in both languages: the document's own English title, else the template's. */
export const certificateTitle = (document: TCheckedCertificateDocument, words: TCertificateWords) =>
  document.title ? { en: document.title } : words.title;

/** What the PDF's document information says: its title and id, the issuer in words, the programme and holder. */
export const certificateMetadata = (document: TCheckedCertificateDocument, words: TCertificateWords) => ({
  title: `${certificateTitle(document, words).en} ${document.certificateId}`,
  author: document.issuer.name,
  subject: `${document.programme.name}: ${document.recipient.name}`,
  keywords: `issuer ${document.issuer.did}`,
});
