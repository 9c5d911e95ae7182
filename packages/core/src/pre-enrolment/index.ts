export { type CreatePreEnrolmentOptions, createPreEnrolment } from "./create-pre-enrolment";
export { type ListPreEnrolmentsOptions, listPreEnrolments } from "./list-pre-enrolments";
export { newPreEnrolmentCode, PRE_ENROLMENT_CODE_LENGTH } from "./pre-enrolment-code";
export type { TPreEnrolmentView } from "./pre-enrolment-view";
