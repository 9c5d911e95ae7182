export * from "./account";
export * from "./analytics";
export * from "./api-client";
export * from "./audit";
export * from "./auth";
export * from "./bulk-upload";
export * from "./business-rule";
export * from "./certificate";
export * from "./certificate-template";
export * from "./certification";
export * from "./certify-transaction";
export * from "./citizen";
export * from "./correction-request";
export * from "./credential-schema";
export { issueDemoCertificates } from "./demo/issue-demo-certificates";
export {
  AppError,
  AppErrorCode,
  httpStatusOf,
  RateLimitedError,
  type TAppErrorCode,
  type TErrorDetail,
} from "./errors";
export * from "./facility";
export * from "./feedback";
export { checkDatabase } from "./health/check-database";
export * from "./issuer";
export * from "./lifecycle";
export * from "./notification";
export * from "./other-format";
export { type GetOverviewOptions, getOverview, type TOverview } from "./overview/get-overview";
export * from "./pre-enrolment";
export * from "./programme";
export * from "./recipient";
export * from "./revocation-lists";
export { type TActor, tenantFilter, tenantOf } from "./shared/actor";
export type { TPage } from "./shared/list-query";
export * from "./signing-key";
export * from "./tenant";
export * from "./trusted-issuer";
export * from "./user";
export * from "./vaccine";
export * from "./vc-api";
export { type GetWorkplaceOptions, getWorkplace, type TWorkplace } from "./workplace/get-workplace";
