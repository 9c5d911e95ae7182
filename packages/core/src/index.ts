export { AppError, AppErrorCode, httpStatusOf, type TAppErrorCode, type TErrorDetail } from "./errors";
export { checkDatabase } from "./health/check-database";
export * from "./auth";
export { type GetOverviewOptions, getOverview, type TOverview } from "./overview/get-overview";
export * from "./programme";
export { type GetWorkplaceOptions, getWorkplace, type TWorkplace } from "./workplace/get-workplace";
export { type TActor, tenantFilter, tenantOf } from "./shared/actor";
export type { TPage } from "./shared/list-query";
