export * from "./api-operation";
export * from "./build-api-document";
export * from "./common-operations";
export * from "./list-operation";
export * from "./render-api-docs-page";
