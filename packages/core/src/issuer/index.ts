export { platformDscList, type TDscListEntry } from "./dsc-list";
export { issuerDidDocument, issuerJwks, platformJwks, publicVaccinationContext } from "./issuer-documents";
export { publicBaseUrl, statusListUrl, tenantBaseUrl, tenantDid } from "./issuer-urls";
export {
  STATUS_DOCUMENT_CACHE_CONTROL,
  STATUS_DOCUMENT_RESIGN_AFTER_MS,
  STATUS_DOCUMENT_VALIDITY_MS,
  type TPublishedDocument,
} from "./published-document";
export { type StatusListCredentialOptions, statusListCredential } from "./status-list-credential";
export { statusListReasons } from "./status-list-reasons";
export { platformStatusLookup } from "./status-lookup";
export { platformTrustList } from "./trust-list";
export {
  type VerifyCertificateOptions,
  type VerifyCertificateResult,
  verifyCertificate,
} from "./verify-certificate";
