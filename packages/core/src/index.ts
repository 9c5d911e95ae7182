export { AppError, AppErrorCode, httpStatusOf, type TAppErrorCode, type TErrorDetail } from "./errors";
export { checkDatabase } from "./health/check-database";
