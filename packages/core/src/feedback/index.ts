export { type FeedbackByFacilityOptions, feedbackByFacility, type TFacilityFeedback } from "./feedback-by-facility";
export type { TFeedbackView } from "./feedback-view";
export { type GiveFeedbackOptions, giveFeedback } from "./give-feedback";
export { type ListFeedbackOptions, listFeedback } from "./list-feedback";
