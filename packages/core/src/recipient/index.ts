export { type FindRecipientsOptions, findRecipients } from "./find-recipients";
export type { TPreEnrolmentRef, TRecipientView } from "./recipient-view";
export { type RegisterRecipientOptions, registerRecipient } from "./register-recipient";
