export { type AddSchemaVersionOptions, addSchemaVersion } from "./add-schema-version";
export { BUILT_IN_SCHEMAS, ensureBuiltInSchemas, type TBuiltInSchema } from "./built-in-schemas";
export {
  type ChangeSchemaCredentialStatusOptions,
  changeSchemaCredentialStatus,
} from "./change-schema-credential-status";
export { type CreateCredentialSchemaOptions, createCredentialSchema } from "./create-credential-schema";
export { getSchemaCredential } from "./get-schema-credential";
export { type IssueSchemaCredentialOptions, issueSchemaCredential } from "./issue-schema-credential";
export { getCredentialSchema, listCredentialSchemas } from "./list-credential-schemas";
export { publicSchemaContext, publicTestReportContext, tenantSchemaPublications } from "./published-contexts";
export { type RecordTestReportOptions, recordTestReport } from "./record-test-report";
export { type RetireCredentialSchemaOptions, retireCredentialSchema } from "./retire-credential-schema";
export { getSchemaCredentialDetails, type TSchemaCredentialDetails } from "./schema-credential-details";
export type { TSchemaCredentialView } from "./schema-credential-view";
export { searchSchemaCredentials, type TSchemaCredentialSummary } from "./search-schema-credentials";
export { checkSubjectSchema, subjectProblems } from "./subject-schema";
