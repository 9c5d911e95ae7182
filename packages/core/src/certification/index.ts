export { newCertificateId, normaliseCertificateId } from "./certificate-id";
export type { TCertificateView } from "./certificate-view";
export { type CertifyBatchOptions, certifyBatch, type TCertifiedDose } from "./certify-batch";
export {
  type DoseHistoryOptions,
  doseHistory,
  type TDoseHistory,
  type TDoseRecord,
  type TDoseSuggestion,
} from "./dose-history";
export type { TDoseProblem, TDoseRequest, TRecipientDetails } from "./dose-request";
export { type IssueDosesOptions, issueDoses, type TIssueDosesResult } from "./issue-doses";
export { type RecordDoseOptions, recordDose } from "./record-dose";
