export {
  type ChangedTrustEntry,
  compareTrustEntries,
  type TrustEntryChanges,
  type TrustEntryComparison,
} from "./compare-trust-entries.ts";
export * from "./limits.ts";
export { RefusedKeyError, readTrustKey } from "./read-key.ts";
export {
  type ReadTrustDocumentOptions,
  readTrustDocument,
  type TrustDocument,
  type TrustDocumentFormat,
} from "./read-trust-document.ts";
export { type RefusedTrustItem, TrustDocumentError } from "./refusals.ts";
