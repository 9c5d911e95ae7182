export { analyticsRange, DEFAULT_ANALYTICS_DAYS, type TAnalyticsRange } from "./analytics-range";
export { type CountDosesByDayOptions, countDosesByDay, type TAnalyticsDay } from "./count-doses-by-day";
export {
  type CountDosesByDistrictOptions,
  countDosesByDistrict,
  type TAnalyticsDistrict,
} from "./count-doses-by-district";
export {
  type CountDosesByFacilityOptions,
  countDosesByFacility,
  type TAnalyticsFacility,
} from "./count-doses-by-facility";
export {
  type CountDosesByVaccineOptions,
  countDosesByVaccine,
  type TAnalyticsVaccineDose,
} from "./count-doses-by-vaccine";
export {
  type CountFeedbackRatingsOptions,
  countFeedbackRatings,
  type TAnalyticsRating,
} from "./count-feedback-ratings";
export { type ExportAnalyticsCsvOptions, exportAnalyticsCsv, type TAnalyticsCsv } from "./export-analytics-csv";
export { type GetAnalyticsOptions, getAnalytics } from "./get-analytics";
export { type RefreshAnalyticsOptions, refreshAnalytics, type TAnalyticsRefreshView } from "./refresh-analytics";
