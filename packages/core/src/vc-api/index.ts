export { type IssueVcCredentialOptions, issueVcCredential } from "./issue-vc-credential";
export { OWN_PROBLEM_TYPES, type TOwnProblemType } from "./own-problem-types";
export { ownProblemType, problemOfError, standardProblemTypes } from "./problem-types";
export {
  CREDENTIAL_ID_PREFIX,
  certificateIdOf,
  type UpdateCredentialStatusOptions,
  updateCredentialStatus,
} from "./update-credential-status";
export { type TVcVerifyOptions, vcVerificationResult } from "./verification-result";
export { type VerifyVcCredentialOptions, verifyVcCredential } from "./verify-vc-credential";
