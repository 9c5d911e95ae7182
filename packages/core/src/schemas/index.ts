export * from "./fields";
export * from "./list-query";
export * from "./programme";
export * from "./error-body";
