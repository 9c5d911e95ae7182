export { createW3cSigner, createW3cSignerFromJwk } from "./create-w3c-signer.ts";
export {
  type CreateDocumentLoaderOptions,
  createDocumentLoader,
  type DocumentLoader,
  type LoadedDocument,
  resolveDidKey,
  UnknownDocumentError,
} from "./document-loader.ts";
export {
  type BitstringStatusListEntry,
  buildVaccinationCredential,
  type IssueVaccinationCredentialOptions,
  issueVaccinationCredential,
  type VaccinationDose,
  type VaccinationRecipient,
} from "./issue-vaccination-credential.ts";
export { issuerDocuments } from "./issuer-documents.ts";
export {
  type SchemaContextOptions,
  schemaContext,
  type TSubjectJsonSchema,
  vcReservedTerms,
} from "./schema-context.ts";
export { type BuildSchemaCredentialOptions, buildSchemaCredential } from "./schema-credential.ts";
export { type SignW3cCredentialOptions, signW3cCredential } from "./sign-w3c-credential.ts";
export type { W3cProofType, W3cSigner, W3cSigningKey } from "./suites.ts";
export {
  TEST_REPORT_CREDENTIAL_TYPE,
  TEST_REPORT_VERIFIER_FIELDS,
  testReportContext,
  testReportContextUrl,
  testReportSubjectSchema,
} from "./test-report-context.ts";
export { DEFAULT_PUBLIC_URL, vaccinationContext, vaccinationContextUrl } from "./vaccination-context.ts";
export {
  type VerifyW3cCredentialOptions,
  verifyW3cCredential,
  type W3cCheck,
  type W3cVerification,
} from "./verify-w3c-credential.ts";
