export type {
  TCertificateDetails,
  TCertificateDose,
  TCertificateRecipient,
  TCertificateVersion,
} from "./certificate-details";
export type { TCertificateSummary } from "./certificate-summary";
export { type GetCertificateOptions, getCertificate } from "./get-certificate";
export {
  type GetCorrectionDraftOptions,
  getCorrectionDraft,
  type TCorrectionChoice,
  type TCorrectionDraft,
} from "./get-correction-draft";
export { type PrintCertificateOptions, printCertificate } from "./print-certificate";
export {
  type SearchCertificatesOptions,
  searchCertificates,
  type TCertificateSearchResult,
} from "./search-certificates";
export type { TCertificateSearchKind } from "./search-terms";
