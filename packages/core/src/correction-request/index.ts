export { type ApproveCorrectionRequestOptions, approveCorrectionRequest } from "./approve-correction-request";
export { type AskForCorrectionOptions, askForCorrection } from "./ask-for-correction";
export { MAX_CITIZEN_SUBMISSIONS_PER_DAY, MAX_OPEN_REQUESTS_PER_CITIZEN } from "./citizen-limits";
export type {
  TCitizenCorrectionRequest,
  TCorrectionChangeReview,
  TCorrectionChangeView,
  TCorrectionRequestView,
} from "./correction-request-view";
export {
  type ListCitizenCorrectionRequestsOptions,
  listCitizenCorrectionRequests,
} from "./list-citizen-correction-requests";
export { type ListCorrectionRequestsOptions, listCorrectionRequests } from "./list-correction-requests";
export { type RejectCorrectionRequestOptions, rejectCorrectionRequest } from "./reject-correction-request";
