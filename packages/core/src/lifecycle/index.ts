export type { TCertificateStatusView } from "./certificate-status-view";
export { type ChangeCredentialStatusOptions, changeCredentialStatus } from "./change-credential-status";
export { type CorrectCertificateOptions, correctCertificate } from "./correct-certificate";
export {
  type CorrectCertificatesOptions,
  correctCertificates,
  type TCorrectedCertificateView,
  type TCorrectionRequest,
} from "./correct-certificates";
export { type LiftExpiredSuspensionsOptions, liftExpiredSuspensions } from "./lift-expired-suspensions";
export { type PreviewCorrectionOptions, previewCorrection } from "./preview-correction";
export { type ReinstateCertificateOptions, reinstateCertificate } from "./reinstate-certificate";
export { type RevokeCertificateOptions, revokeCertificate } from "./revoke-certificate";
export { type RevokePreEnrolmentDosesOptions, revokePreEnrolmentDoses } from "./revoke-pre-enrolment-doses";
export { SUSPENSION_SWEEP_INTERVAL_MS, startSuspensionLifting } from "./start-suspension-lifting";
export { type SuspendCertificateOptions, suspendCertificate } from "./suspend-certificate";
export { type UpdateCertificatesOptions, updateCertificates } from "./update-certificates";
