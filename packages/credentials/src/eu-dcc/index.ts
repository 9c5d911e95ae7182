export * from "./certificates.ts";
export { COSE_ALGORITHMS, decodeCoseSign1 } from "./cose.ts";
export * from "./issue-dcc.ts";
export * from "./payload.ts";
export * from "./revocation-hashes.ts";
export * from "./revocation-list.ts";
export * from "./trust-store.ts";
export * from "./validate-payload.ts";
export * from "./verify-dcc.ts";
