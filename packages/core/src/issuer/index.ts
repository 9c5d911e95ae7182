export { platformDscList, type TDscListEntry } from "./dsc-list";
export { issuerDidDocument, platformJwks, publicVaccinationContext } from "./issuer-documents";
export { publicBaseUrl, statusListUrl, tenantBaseUrl, tenantDid } from "./issuer-urls";
export { type StatusListCredentialOptions, statusListCredential } from "./status-list-credential";
export { platformStatusLookup } from "./status-lookup";
export { platformTrustList } from "./trust-list";
export { type VerifyCertificateOptions, verifyCertificate } from "./verify-certificate";
