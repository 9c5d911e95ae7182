export { type CreateTrustedIssuerOptions, createTrustedIssuer } from "./create-trusted-issuer";
export { type ExportTrustOptions, exportDscList, exportTrustList } from "./export-trust-list";
export { type GetTrustedIssuerOptions, getTrustedIssuer } from "./get-trusted-issuer";
export { type ImportTrustDocumentOptions, importTrustDocument } from "./import-trust-document";
export { type ListTrustedIssuersOptions, listTrustedIssuers } from "./list-trusted-issuers";
export { type SetTrustedIssuerActiveOptions, setTrustedIssuerActive } from "./set-trusted-issuer-active";
export type { TTrustImportEntry, TTrustImportReport } from "./trust-import-report";
export type { TTrustedIssuerView } from "./trusted-issuer-view";
export { type UpdateTrustedIssuerOptions, updateTrustedIssuer } from "./update-trusted-issuer";
