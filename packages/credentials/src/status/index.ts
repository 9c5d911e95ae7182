export {
  createStatusList,
  decodeStatusList,
  encodeStatusList,
  getStatus,
  MIN_STATUS_LIST_SIZE,
  type StatusList,
  StatusListError,
  setStatus,
} from "./bitstring.ts";
export {
  type CheckCredentialStatusOptions,
  checkCredentialStatus,
  type FetchStatusList,
  type StatusCheck,
} from "./check-credential-status.ts";
export {
  type ReadStatusReasonOptions,
  readStatusReason,
  type StatusReason,
  statusReasonsUrl,
} from "./read-status-reason.ts";
export {
  STATUS_LIST_2021_CONTEXT_URL,
  statusList2021Context,
  withStatusList2021Context,
} from "./status-list-2021-context.ts";
export {
  type BuildStatusListCredentialOptions,
  buildStatusListCredential,
  type StatusEntryOptions,
  type StatusPurpose,
  statusEntry,
} from "./status-list-credential.ts";
export {
  type BuildStatusReasonsCredentialOptions,
  buildStatusReasonsCredential,
  type StatusReasons,
} from "./status-reasons-credential.ts";
